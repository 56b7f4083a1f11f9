package org.bravo.guestbook.internal;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bravo.comment.CommentPosted;
import org.bravo.guestbook.ExchangeRoundView;
import org.bravo.guestbook.ExchangeSettingsView;
import org.bravo.guestbook.MyExchangeView;
import org.bravo.guestbook.RoundsPage;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.PersonSummary;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.time.SqlValues;
import org.bravo.shop.ShopInfo;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.BravoGiven;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guestbook exchange: every period each active shop is given another shop's guestbook to read. A round is created
 * in one transaction under a PostgreSQL advisory lock, so with several backends the scheduled rotation still happens
 * once per period, and a crash mid-way leaves either the whole round or nothing (the next check then creates it).
 */
@ApplicationScoped
public class ExchangeService {
    /** Key of the advisory lock that serializes round creation across backends. */
    private static final long ROTATION_LOCK = 0x6272_6176_6f45_7843L;
    private static final String ROUNDS_CURSOR = "rounds";

    private final EntryRepository entries;
    private final Shops shops;
    private final People people;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean schedulerEnabled;

    @Inject
    public ExchangeService(EntryRepository entries, Shops shops, People people, Clock clock,
                           @ConfigProperty(name = "bravo.time-zone") ZoneId zone,
                           @ConfigProperty(name = "bravo.exchange.scheduler.enabled") boolean schedulerEnabled) {
        this.entries = entries;
        this.shops = shops;
        this.people = people;
        this.clock = clock;
        this.zone = zone;
        this.schedulerEnabled = schedulerEnabled;
    }

    private EntityManager em() {
        return entries.getEntityManager();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Checks often (and right after start-up): a period that began while every backend was down still rotates. */
    @Scheduled(every = "${bravo.exchange.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRotation() {
        if (!schedulerEnabled) {
            return;
        }
        try {
            rotateIfDue(today()).ifPresent(number -> Log.infof("Guestbook exchange: round %d started", number));
        } catch (RuntimeException e) {
            // The next check tries again; nothing was written, the transaction rolled back.
            Log.warnf(e, "Guestbook exchange: the scheduled rotation failed, will retry");
        }
    }

    /**
     * Starts the round of the period containing {@code today} unless that period already has one; returns its
     * number when it started one.
     */
    @Transactional
    public Optional<Integer> rotateIfDue(LocalDate today) {
        lock();
        ExchangePeriod period = period();
        LocalDate start = period.start(today);
        Number existing = (Number) em().createNativeQuery(
                        "select count(*) from exchange_round where period_start = ?1")
                .setParameter(1, Date.valueOf(start)).getSingleResult();
        if (existing.longValue() > 0) {
            return Optional.empty();
        }
        List<String> active = activeShops();
        if (active.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(createRound(period, start, active, "schedule", null));
    }

    /** An admin starts a new round now; the scheduled rotation resumes at the next period. */
    @Transactional
    public ExchangeRoundView runNow(Viewer admin) {
        lock();
        ExchangePeriod period = period();
        List<String> active = activeShops();
        if (active.size() < 2) {
            throw new ApiException(409, "EXCHANGE_NOT_ENOUGH_SHOPS", "Conflict",
                    "The exchange needs at least two open shops.");
        }
        int number = createRound(period, period.start(today()), active, "admin", admin.subject());
        return round(number).orElseThrow();
    }

    /** What the next round would be if it started now: the same inputs and seed as {@link #runNow}. */
    public ExchangeRoundView preview() {
        ExchangePeriod period = period();
        List<String> active = activeShops();
        int number = nextNumber();
        List<Pairing.Pair> pairs = Pairing.next(active, history(), number);
        Map<String, ShopRef> refs = shops.refs(active);
        List<ExchangeRoundView.Pairing> pairings = pairs.stream()
                .map(p -> new ExchangeRoundView.Pairing(refs.get(p.readerShop()), refs.get(p.readShop()),
                        p.startsCycle(), false, 0, 0))
                .toList();
        LocalDate start = period.start(today());
        return new ExchangeRoundView(number, start, period.next(start).minusDays(1), period.id(), null, null, null,
                pairings, 0);
    }

    public ExchangeSettingsView settings() {
        ExchangePeriod period = period();
        LocalDate start = period.start(today());
        return new ExchangeSettingsView(period.id(), start, period.next(start));
    }

    @Transactional
    public ExchangeSettingsView updateSettings(String rawPeriod, Viewer admin) {
        Optional<ExchangePeriod> period = ExchangePeriod.parse(rawPeriod);
        FieldErrors errors = new FieldErrors().required("period", rawPeriod);
        if (rawPeriod != null && !rawPeriod.isBlank() && period.isEmpty()) {
            errors.add("period", FieldErrors.INVALID, "One of weekly, fortnightly, monthly, quarterly.");
        }
        errors.throwIfAny();
        em().createNativeQuery("update exchange_settings set period = ?1, updated_at = ?2, updated_by = ?3"
                        + " where id = 1")
                .setParameter(1, period.get().id()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, admin.subject()).executeUpdate();
        return settings();
    }

    /** The latest round, or empty before the first one. */
    public Optional<ExchangeRoundView> current() {
        Number latest = (Number) em().createNativeQuery("select max(number) from exchange_round").getSingleResult();
        return latest == null ? Optional.empty() : round(latest.intValue());
    }

    @SuppressWarnings("unchecked")
    public RoundsPage rounds(String cursor, int limit) {
        if (limit < 1 || limit > 50) {
            new FieldErrors().add("limit", FieldErrors.INVALID, "Between 1 and 50.").throwIfAny();
        }
        int before = Integer.MAX_VALUE;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Integer.parseInt(Cursor.decode(cursor, ROUNDS_CURSOR, 1).values().get(0));
            } catch (NumberFormatException e) {
                new FieldErrors().add("cursor", FieldErrors.INVALID, "This page cursor is not valid.").throwIfAny();
            }
        }
        List<Number> numbers = em().createNativeQuery(
                        "select number from exchange_round where number < ?1 order by number desc limit ?2")
                .setParameter(1, before).setParameter(2, limit + 1).getResultList();
        List<ExchangeRoundView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, numbers.size()); i++) {
            round(numbers.get(i).intValue()).ifPresent(items::add);
        }
        String next = numbers.size() > limit
                ? new Cursor(ROUNDS_CURSOR, List.of(String.valueOf(numbers.get(limit - 1).intValue()))).encode()
                : null;
        return new RoundsPage(items, next);
    }

    /** The exchange from the point of view of {@code me}'s shop, in the latest round. */
    @SuppressWarnings("unchecked")
    public MyExchangeView mine(PersonRef me) {
        ShopRef shop = me.shop() == null ? null : shops.find(me.shop()).orElse(new ShopRef(me.shop(), me.shop()));
        Optional<Object[]> latest = em().createNativeQuery(
                        "select id, number, period_start, period from exchange_round order by number desc limit 1")
                .getResultList().stream().findFirst();
        if (latest.isEmpty() || shop == null) {
            return new MyExchangeView(null, null, null, period().id(), shop, null, List.of(), false, false);
        }
        Object[] round = latest.get();
        long roundId = ((Number) round[0]).longValue();
        LocalDate start = SqlValues.localDate(round[2]);
        ExchangePeriod period = ExchangePeriod.parse((String) round[3]).orElse(ExchangePeriod.MONTHLY);
        List<String> reading = em().createNativeQuery(
                        "select read_shop from exchange_pairing where round_id = ?1 and reader_shop = ?2")
                .setParameter(1, roundId).setParameter(2, shop.code()).getResultList();
        List<String> readBy = em().createNativeQuery(
                        "select reader_shop from exchange_pairing where round_id = ?1 and read_shop = ?2"
                                + " order by reader_shop")
                .setParameter(1, roundId).setParameter(2, shop.code()).getResultList();
        Object[] engagement = (Object[]) em().createNativeQuery(
                        "select count(*), count(*) filter (where person_subject = ?3) from exchange_engagement"
                                + " where round_id = ?1 and reader_shop = ?2")
                .setParameter(1, roundId).setParameter(2, shop.code()).setParameter(3, me.subject())
                .getSingleResult();
        List<String> codes = new ArrayList<>(readBy);
        codes.addAll(reading);
        Map<String, ShopRef> refs = shops.refs(codes);
        return new MyExchangeView(((Number) round[1]).intValue(), start, period.next(start).minusDays(1),
                period.id(), shop,
                reading.isEmpty() ? null : refs.getOrDefault(reading.get(0), new ShopRef(reading.get(0), reading.get(0))),
                readBy.stream().map(c -> refs.getOrDefault(c, new ShopRef(c, c))).toList(),
                ((Number) engagement[0]).longValue() > 0, ((Number) engagement[1]).longValue() > 0);
    }

    void onComment(@Observes CommentPosted comment) {
        if (EntryContentResolver.TYPE.equals(comment.targetType())) {
            engage(comment.targetId(), comment.authorSubject(), "comment", comment.at());
        }
    }

    void onBravo(@Observes BravoGiven bravo) {
        if (EntryContentResolver.TYPE.equals(bravo.targetType())) {
            engage(bravo.targetId(), bravo.giverSubject(), "bravo", bravo.at());
        }
    }

    /** Counts a reaction as engagement when it comes from a shop reading the entry's guestbook this round. */
    private void engage(long entryId, String personSubject, String kind, Instant at) {
        PersonSummary person = people.summaries(Set.of(personSubject)).get(personSubject);
        if (person == null || person.shop() == null) {
            return;
        }
        em().createNativeQuery("insert into exchange_engagement (round_id, reader_shop, person_subject, entry_id,"
                        + " kind, at) select p.round_id, p.reader_shop, ?1, e.id, ?2, ?3"
                        + " from exchange_pairing p join guestbook_entry e on e.shop_code = p.read_shop and e.id = ?4"
                        + " where p.round_id = (select id from exchange_round order by number desc limit 1)"
                        + " and p.reader_shop = ?5 on conflict do nothing")
                .setParameter(1, personSubject).setParameter(2, kind).setParameter(3, Timestamp.from(at))
                .setParameter(4, entryId).setParameter(5, person.shop()).executeUpdate();
    }

    private void lock() {
        em().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ROTATION_LOCK).getSingleResult();
    }

    ExchangePeriod period() {
        String raw = (String) em().createNativeQuery("select period from exchange_settings where id = 1")
                .getSingleResult();
        return ExchangePeriod.parse(raw).orElse(ExchangePeriod.MONTHLY);
    }

    private List<String> activeShops() {
        return shops.all(false).stream().map(ShopInfo::code).toList();
    }

    private int nextNumber() {
        Number max = (Number) em().createNativeQuery("select coalesce(max(number), 0) from exchange_round")
                .getSingleResult();
        return max.intValue() + 1;
    }

    /** Every reader's past pairings, newest first. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Pairing.Past>> history() {
        Map<String, List<Pairing.Past>> history = new HashMap<>();
        List<Object[]> rows = em().createNativeQuery("select p.reader_shop, p.read_shop, p.starts_cycle"
                        + " from exchange_pairing p join exchange_round r on r.id = p.round_id order by r.number desc")
                .getResultList();
        for (Object[] row : rows) {
            history.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new Pairing.Past((String) row[1], (Boolean) row[2]));
        }
        return history;
    }

    private int createRound(ExchangePeriod period, LocalDate start, List<String> active, String trigger,
                            String startedBy) {
        int number = nextNumber();
        List<Pairing.Pair> pairs = Pairing.next(active, history(), number);
        Number id = (Number) em().createNativeQuery("insert into exchange_round (number, period_start, period,"
                        + " started_at, started_by, trigger) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, number).setParameter(2, Date.valueOf(start)).setParameter(3, period.id())
                .setParameter(4, Timestamp.from(clock.instant())).setParameter(5, startedBy)
                .setParameter(6, trigger).getSingleResult();
        for (Pairing.Pair pair : pairs) {
            em().createNativeQuery("insert into exchange_pairing (round_id, reader_shop, read_shop, starts_cycle)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id.longValue()).setParameter(2, pair.readerShop())
                    .setParameter(3, pair.readShop()).setParameter(4, pair.startsCycle()).executeUpdate();
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private Optional<ExchangeRoundView> round(int number) {
        List<Object[]> found = em().createNativeQuery("select id, period_start, period, started_at, started_by,"
                        + " trigger from exchange_round where number = ?1")
                .setParameter(1, number).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = found.get(0);
        long id = ((Number) r[0]).longValue();
        LocalDate start = SqlValues.localDate(r[1]);
        ExchangePeriod period = ExchangePeriod.parse((String) r[2]).orElse(ExchangePeriod.MONTHLY);
        List<Object[]> rows = em().createNativeQuery("select reader_shop, read_shop, starts_cycle"
                        + " from exchange_pairing where round_id = ?1 order by reader_shop")
                .setParameter(1, id).getResultList();
        Map<String, int[]> counts = new HashMap<>();
        List<Object[]> engagement = em().createNativeQuery("select reader_shop,"
                        + " count(*) filter (where kind = 'comment'), count(*) filter (where kind = 'bravo')"
                        + " from exchange_engagement where round_id = ?1 group by reader_shop")
                .setParameter(1, id).getResultList();
        for (Object[] e : engagement) {
            counts.put((String) e[0], new int[] {((Number) e[1]).intValue(), ((Number) e[2]).intValue()});
        }
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> {
            codes.add((String) row[0]);
            codes.add((String) row[1]);
        });
        Map<String, ShopRef> refs = shops.refs(codes);
        Map<String, ExchangeRoundView.Pairing> pairings = new LinkedHashMap<>();
        int engaged = 0;
        for (Object[] row : rows) {
            String reader = (String) row[0];
            String read = (String) row[1];
            int[] c = counts.getOrDefault(reader, new int[2]);
            boolean didEngage = c[0] + c[1] > 0;
            engaged += didEngage ? 1 : 0;
            pairings.put(reader, new ExchangeRoundView.Pairing(refs.getOrDefault(reader, new ShopRef(reader, reader)),
                    refs.getOrDefault(read, new ShopRef(read, read)), (Boolean) row[2], didEngage, c[0], c[1]));
        }
        String startedBy = (String) r[4];
        PersonSummary by = startedBy == null ? null : people.summaries(Set.of(startedBy)).get(startedBy);
        return Optional.of(new ExchangeRoundView(number, start, period.next(start).minusDays(1), period.id(),
                SqlValues.instant(r[3]), (String) r[5], by, List.copyOf(pairings.values()), engaged));
    }
}
