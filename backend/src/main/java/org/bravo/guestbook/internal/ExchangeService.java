package org.bravo.guestbook.internal;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bravo.comment.CommentPosted;
import org.bravo.guestbook.ExchangeRoundView;
import org.bravo.guestbook.ExchangeSettingsView;
import org.bravo.guestbook.MyExchangeView;
import org.bravo.guestbook.RoundsPage;
import org.bravo.moderation.AuditLog;
import org.bravo.people.People;
import org.bravo.people.PersonRef;
import org.bravo.people.PersonSummary;
import org.bravo.platform.content.ContentTypes;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;
import org.bravo.platform.security.Viewer;
import org.bravo.platform.time.CalendarConfig;
import org.bravo.shop.ShopInfo;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;
import org.bravo.vote.BravoGiven;

/**
 * The guestbook exchange: every period each active shop is given another shop's guestbook to read. A round is created
 * in one transaction under a PostgreSQL advisory lock, so with several backends the scheduled rotation still happens
 * once per period, and a crash mid-way leaves either the whole round or nothing (the next check then creates it).
 */
@ApplicationScoped
public class ExchangeService {
    private static final String ROUNDS_CURSOR = "rounds";

    @Inject
    ExchangeRepository repository;

    @Inject
    ExchangeViews views;

    @Inject
    Shops shops;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CalendarConfig calendar;

    @Inject
    ExchangeConfig config;

    public LocalDate today() {
        return calendar.today(clock);
    }

    /**
     * Checks often ({@link ExchangeConfig#checkEvery()}) and right after start-up: a period that began while every
     * backend was down still rotates.
     */
    @Scheduled(every = "${bravo.exchange.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRotation() {
        if (!config.scheduler().enabled()) {
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
        repository.lockRotation();
        ExchangePeriod period = period();
        LocalDate start = period.start(today);
        if (repository.hasRoundStarting(start)) {
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
        repository.lockRotation();
        ExchangePeriod period = period();
        List<String> active = activeShops();
        if (active.size() < 2) {
            throw new ApiException(
                    409,
                    ErrorCode.EXCHANGE_NOT_ENOUGH_SHOPS,
                    "Conflict",
                    "The exchange needs at least two open shops.");
        }
        int number = createRound(period, period.start(today()), active, "admin", admin.subject());
        ExchangeRoundView round = round(number).orElseThrow();
        audit.adminAction("exchange.round", null, Map.of("periodStart", String.valueOf(round.periodStart())));
        return round;
    }

    /** What the next round would be if it started now: the same inputs and seed as {@link #runNow}. */
    public ExchangeRoundView preview() {
        ExchangePeriod period = period();
        List<String> active = activeShops();
        int number = repository.latestNumber() + 1;
        List<Pairing.Pair> pairs = Pairing.next(active, repository.history(), number);
        Map<String, ShopRef> refs = shops.refs(active);
        List<ExchangeRoundView.Pairing> pairings = pairs.stream()
                .map(p -> new ExchangeRoundView.Pairing(
                        refs.get(p.readerShop()), refs.get(p.readShop()), p.startsCycle(), false, 0, 0))
                .toList();
        LocalDate start = period.start(today());
        return new ExchangeRoundView(
                number, start, period.next(start).minusDays(1), period.id(), null, null, null, pairings, 0);
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
            errors.add("period", FieldCode.INVALID, "One of weekly, fortnightly, monthly, quarterly.");
        }
        errors.throwIfAny();
        ExchangeSettingsView before = settings();
        repository.updatePeriod(period.get().id(), clock.instant(), admin.subject());
        ExchangeSettingsView after = settings();
        audit.adminAction("exchange.settings", before, after);
        return after;
    }

    /** The latest round, or empty before the first one. */
    public Optional<ExchangeRoundView> current() {
        return repository.latest().map(views::round);
    }

    public RoundsPage rounds(String cursor, int limit) {
        if (limit < 1 || limit > 50) {
            new FieldErrors()
                    .add("limit", FieldCode.INVALID, "Between 1 and 50.")
                    .throwIfAny();
        }
        int before = Integer.MAX_VALUE;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Integer.parseInt(
                        Cursor.decode(cursor, ROUNDS_CURSOR, 1).values().get(0));
            } catch (NumberFormatException e) {
                new FieldErrors()
                        .add("cursor", FieldCode.INVALID, "This page cursor is not valid.")
                        .throwIfAny();
            }
        }
        List<ExchangeRepository.Round> found = repository.roundsBefore(before, limit + 1);
        List<ExchangeRepository.Round> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new Cursor(
                                ROUNDS_CURSOR,
                                List.of(String.valueOf(page.get(limit - 1).number())))
                        .encode()
                : null;
        return new RoundsPage(views.rounds(page), next);
    }

    /** The exchange from the point of view of {@code me}'s shop, in the latest round. */
    public MyExchangeView mine(PersonRef me) {
        ShopRef shop = me.shop() == null ? null : shops.find(me.shop()).orElse(new ShopRef(me.shop(), me.shop()));
        Optional<ExchangeRepository.Round> latest = repository.latest();
        if (latest.isEmpty() || shop == null) {
            return new MyExchangeView(null, null, null, period().id(), shop, null, List.of(), false, false);
        }
        ExchangeRepository.Round round = latest.get();
        LocalDate start = round.periodStart();
        ExchangePeriod period = ExchangePeriod.parse(round.period()).orElse(ExchangePeriod.MONTHLY);
        List<String> reading = repository.readShops(round.id(), shop.code());
        List<String> readBy = repository.readerShops(round.id(), shop.code());
        ExchangeRepository.Engagement engagement = repository.engagement(round.id(), shop.code(), me.subject());
        List<String> codes = new ArrayList<>(readBy);
        codes.addAll(reading);
        Map<String, ShopRef> refs = shops.refs(codes);
        return new MyExchangeView(
                round.number(),
                start,
                period.next(start).minusDays(1),
                period.id(),
                shop,
                reading.isEmpty() ? null : ExchangeViews.ref(refs, reading.get(0)),
                readBy.stream().map(c -> ExchangeViews.ref(refs, c)).toList(),
                engagement.byShop() > 0,
                engagement.byPerson() > 0);
    }

    void onComment(@Observes CommentPosted comment) {
        if (EntryContentResolver.TYPE.equals(comment.targetType())) {
            engage(comment.targetId(), comment.authorSubject(), ContentTypes.COMMENT, comment.at());
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
        repository.engage(entryId, person.shop(), personSubject, kind, at);
    }

    ExchangePeriod period() {
        return ExchangePeriod.parse(repository.period()).orElse(ExchangePeriod.MONTHLY);
    }

    private List<String> activeShops() {
        return shops.all(false).stream().map(ShopInfo::code).toList();
    }

    private int createRound(
            ExchangePeriod period, LocalDate start, List<String> active, String trigger, String startedBy) {
        int number = repository.latestNumber() + 1;
        List<Pairing.Pair> pairs = Pairing.next(active, repository.history(), number);
        repository.insertRound(number, start, period.id(), clock.instant(), startedBy, trigger, pairs);
        return number;
    }

    private Optional<ExchangeRoundView> round(int number) {
        return repository.round(number).map(views::round);
    }
}
