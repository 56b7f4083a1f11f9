package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bravo.platform.sql.SqlRow;

/**
 * The exchange's SQL. The exchange tables have no entities (rounds are written once and read as reports), so native
 * queries are read by column name into the small records below.
 */
@ApplicationScoped
public class ExchangeRepository {
    /** Key of the advisory lock that serializes round creation across backends. */
    private static final long ROTATION_LOCK = 0x6272_6176_6f45_7843L;

    private static final String ROUND_COLUMNS =
            "select id, number, period_start, period, started_at, started_by," + " trigger from exchange_round";

    /** A round as stored; {@code startedBy} is null for a scheduled round. */
    record Round(
            long id,
            int number,
            LocalDate periodStart,
            String period,
            Instant startedAt,
            String startedBy,
            String trigger) {
        static Round of(SqlRow row) {
            return new Round(
                    row.longValue("id"),
                    row.intValue("number"),
                    row.localDate("period_start"),
                    row.string("period"),
                    row.instant("started_at"),
                    row.string("started_by"),
                    row.string("trigger"));
        }
    }

    /** One pairing of a round with the reading shop's engagement counts in that round. */
    record PairingRow(
            long roundId, String readerShop, String readShop, boolean startsCycle, int comments, int bravos) {}

    /** How much a shop engaged in a round: in all, and by one of its members. */
    record Engagement(long byShop, long byPerson) {}

    private final EntityManager em;

    public ExchangeRepository(EntityManager em) {
        this.em = em;
    }

    /** Blocks until this transaction holds the rotation lock; released at commit or rollback. */
    void lockRotation() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, ROTATION_LOCK)
                .getSingleResult();
    }

    String period() {
        return (String) em.createNativeQuery("select period from exchange_settings where id = 1")
                .getSingleResult();
    }

    void updatePeriod(String period, Instant at, String by) {
        em.createNativeQuery(
                        "update exchange_settings set period = ?1, updated_at = ?2, updated_by = ?3" + " where id = 1")
                .setParameter(1, period)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, by)
                .executeUpdate();
    }

    boolean hasRoundStarting(LocalDate periodStart) {
        Number existing = (Number) em.createNativeQuery("select count(*) from exchange_round where period_start = ?1")
                .setParameter(1, Date.valueOf(periodStart))
                .getSingleResult();
        return existing.longValue() > 0;
    }

    /** The latest round's number, or 0 before the first one. */
    int latestNumber() {
        Number max = (Number) em.createNativeQuery("select coalesce(max(number), 0) from exchange_round")
                .getSingleResult();
        return max.intValue();
    }

    Optional<Round> latest() {
        return SqlRow.list(em.createNativeQuery(ROUND_COLUMNS + " order by number desc limit 1", Tuple.class)).stream()
                .map(Round::of)
                .findFirst();
    }

    Optional<Round> round(int number) {
        return SqlRow.list(em.createNativeQuery(ROUND_COLUMNS + " where number = ?1", Tuple.class)
                        .setParameter(1, number))
                .stream()
                .map(Round::of)
                .findFirst();
    }

    /** Up to {@code limit} rounds numbered below {@code before}, latest first. */
    List<Round> roundsBefore(int before, int limit) {
        return SqlRow.list(em.createNativeQuery(
                                ROUND_COLUMNS + " where number < ?1 order by number desc limit ?2", Tuple.class)
                        .setParameter(1, before)
                        .setParameter(2, limit))
                .stream()
                .map(Round::of)
                .toList();
    }

    /** The pairings of all these rounds in one query, by round then reader. */
    List<PairingRow> pairings(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return SqlRow.list(em.createNativeQuery(
                                "select p.round_id, p.reader_shop, p.read_shop, p.starts_cycle,"
                                        + " coalesce(e.comments, 0) as comments, coalesce(e.bravos, 0) as bravos"
                                        + " from exchange_pairing p left join (select round_id, reader_shop,"
                                        + " count(*) filter (where kind = 'comment') as comments,"
                                        + " count(*) filter (where kind = 'bravo') as bravos"
                                        + " from exchange_engagement where round_id in (?1) group by round_id, reader_shop) e"
                                        + " on e.round_id = p.round_id and e.reader_shop = p.reader_shop"
                                        + " where p.round_id in (?1) order by p.round_id, p.reader_shop",
                                Tuple.class)
                        .setParameter(1, roundIds))
                .stream()
                .map(row -> new PairingRow(
                        row.longValue("round_id"),
                        row.string("reader_shop"),
                        row.string("read_shop"),
                        row.bool("starts_cycle"),
                        row.intValue("comments"),
                        row.intValue("bravos")))
                .toList();
    }

    /** Every reader's past pairings, newest first. */
    Map<String, List<Pairing.Past>> history() {
        Map<String, List<Pairing.Past>> history = new HashMap<>();
        for (SqlRow row : SqlRow.list(em.createNativeQuery(
                "select p.reader_shop, p.read_shop, p.starts_cycle"
                        + " from exchange_pairing p join exchange_round r on r.id = p.round_id order by r.number desc",
                Tuple.class))) {
            history.computeIfAbsent(row.string("reader_shop"), k -> new ArrayList<>())
                    .add(new Pairing.Past(row.string("read_shop"), row.bool("starts_cycle")));
        }
        return history;
    }

    /** The guestbooks {@code shop} reads in the round. */
    List<String> readShops(long roundId, String shop) {
        return shopCodes(
                "select read_shop as code from exchange_pairing where round_id = ?1 and reader_shop = ?2",
                roundId,
                shop);
    }

    /** The shops reading {@code shop}'s guestbook in the round. */
    List<String> readerShops(long roundId, String shop) {
        return shopCodes(
                "select reader_shop as code from exchange_pairing where round_id = ?1 and read_shop = ?2"
                        + " order by reader_shop",
                roundId,
                shop);
    }

    private List<String> shopCodes(String sql, long roundId, String shop) {
        return SqlRow.list(em.createNativeQuery(sql, Tuple.class)
                        .setParameter(1, roundId)
                        .setParameter(2, shop))
                .stream()
                .map(row -> row.string("code"))
                .toList();
    }

    Engagement engagement(long roundId, String readerShop, String personSubject) {
        SqlRow row = SqlRow.of((Tuple) em.createNativeQuery(
                        "select count(*) as by_shop,"
                                + " count(*) filter (where person_subject = ?3) as by_person from exchange_engagement"
                                + " where round_id = ?1 and reader_shop = ?2",
                        Tuple.class)
                .setParameter(1, roundId)
                .setParameter(2, readerShop)
                .setParameter(3, personSubject)
                .getSingleResult());
        return new Engagement(row.longValue("by_shop"), row.longValue("by_person"));
    }

    /** Stores a round and its pairings; the caller holds the rotation lock. */
    void insertRound(
            int number,
            LocalDate periodStart,
            String period,
            Instant startedAt,
            String startedBy,
            String trigger,
            List<Pairing.Pair> pairs) {
        Number id = (Number) em.createNativeQuery("insert into exchange_round (number, period_start, period,"
                        + " started_at, started_by, trigger) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, number)
                .setParameter(2, Date.valueOf(periodStart))
                .setParameter(3, period)
                .setParameter(4, Timestamp.from(startedAt))
                .setParameter(5, startedBy)
                .setParameter(6, trigger)
                .getSingleResult();
        for (Pairing.Pair pair : pairs) {
            em.createNativeQuery("insert into exchange_pairing (round_id, reader_shop, read_shop, starts_cycle)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id.longValue())
                    .setParameter(2, pair.readerShop())
                    .setParameter(3, pair.readShop())
                    .setParameter(4, pair.startsCycle())
                    .executeUpdate();
        }
    }

    /**
     * Records a reaction on an entry as engagement of {@code readerShop} when, in the latest round, that shop reads
     * the entry's guestbook; does nothing otherwise, or when the same reaction was already counted.
     */
    void engage(long entryId, String readerShop, String personSubject, String kind, Instant at) {
        em.createNativeQuery("insert into exchange_engagement (round_id, reader_shop, person_subject, entry_id,"
                        + " kind, at) select p.round_id, p.reader_shop, ?1, e.id, ?2, ?3"
                        + " from exchange_pairing p join guestbook_entry e on e.shop_code = p.read_shop and e.id = ?4"
                        + " where p.round_id = (select id from exchange_round order by number desc limit 1)"
                        + " and p.reader_shop = ?5 on conflict do nothing")
                .setParameter(1, personSubject)
                .setParameter(2, kind)
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, entryId)
                .setParameter(5, readerShop)
                .executeUpdate();
    }
}
