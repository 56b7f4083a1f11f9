package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.moderation.PersonSuspended;
import org.bravo.moderation.SuspensionRequest;
import org.bravo.moderation.UserAdminView;
import org.bravo.moderation.UsersPage;
import org.bravo.people.People;
import org.bravo.people.PersonAccount;
import org.bravo.people.PersonSummary;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.paging.Cursor;

/** Suspensions: a suspended person reads but does not write, until the end date or until an admin lifts it. */
@ApplicationScoped
public class SuspensionService {
    static final int MAX_REASON = 2_000;
    static final int PAGE = 30;

    @Inject
    SuspensionRepository suspensions;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonSuspended> suspended;

    @Inject
    Clock clock;

    /** The suspension in force for this person now, if any. */
    public Optional<Suspension> current(String subject) {
        return suspensions
                .find("personSubject = ?1 and liftedAt is null", subject)
                .firstResultOptional()
                .filter(s -> s.inForce(clock.instant()));
    }

    public UsersPage users(String query, String cursor) {
        String after = cursor == null || cursor.isBlank()
                ? null
                : Cursor.decode(cursor, "users", 1).values().get(0);
        List<PersonAccount> page = people.accounts(query, after, PAGE + 1);
        String next = null;
        if (page.size() > PAGE) {
            page = page.subList(0, PAGE);
            next = new Cursor("users", List.of(page.get(PAGE - 1).username())).encode();
        }
        return new UsersPage(views(page), next);
    }

    @Transactional
    public UserAdminView suspend(String username, SuspensionRequest request, String actor) {
        PersonAccount person = require(username);
        String reason = request == null || request.reason() == null
                ? null
                : request.reason().strip();
        FieldErrors errors = new FieldErrors().required("reason", reason).maxLength("reason", reason, MAX_REASON);
        Instant now = clock.instant();
        Instant until = request == null ? null : request.until();
        if (until != null && !until.isAfter(now)) {
            errors.add("until", FieldCode.INVALID, "A date in the future, or none to suspend indefinitely.");
        }
        errors.throwIfAny();
        if (person.subject().equals(actor)) {
            throw new ApiException(
                    409, ErrorCode.CANNOT_SUSPEND_YOURSELF, "Conflict", "Admins cannot suspend themselves.");
        }
        Map<String, Object> before = new HashMap<>();
        for (Suspension previous : suspensions.list("personSubject = ?1 and liftedAt is null", person.subject())) {
            if (previous.inForce(now)) {
                before.put("until", previous.until == null ? "indefinitely" : previous.until.toString());
            }
            // Replaced (or already over): only one suspension is in force at a time.
            previous.liftedAt = now;
            previous.liftedBy = actor;
        }
        suspensions.flush();
        Suspension suspension = new Suspension();
        suspension.personSubject = person.subject();
        suspension.since = now;
        suspension.until = until;
        suspension.reason = reason;
        suspension.createdBy = actor;
        suspensions.persist(suspension);
        audit.record(AuditRecord.by(actor, "user.suspend")
                .person(person.subject())
                .reason(reason)
                .change(
                        before.isEmpty() ? Map.of("suspended", false) : before,
                        Map.of("until", until == null ? "indefinitely" : until.toString())));
        suspended.fire(new PersonSuspended(person.subject(), until, reason, actor));
        return views(List.of(person)).get(0);
    }

    @Transactional
    public UserAdminView lift(String username, String actor) {
        PersonAccount person = require(username);
        Instant now = clock.instant();
        Suspension current = current(person.subject())
                .orElseThrow(() -> new ApiException(
                        409, ErrorCode.NOT_SUSPENDED, "Conflict", person.username() + " is not suspended."));
        current.liftedAt = now;
        current.liftedBy = actor;
        audit.record(AuditRecord.by(actor, "user.unsuspend")
                .person(person.subject())
                .change(
                        Map.of("until", current.until == null ? "indefinitely" : current.until.toString()),
                        Map.of("suspended", false)));
        suspensions.flush();
        return views(List.of(person)).get(0);
    }

    private PersonAccount require(String username) {
        return people.account(username)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.PERSON_NOT_FOUND, "No person " + username + "."));
    }

    private List<UserAdminView> views(List<PersonAccount> accounts) {
        Instant now = clock.instant();
        Map<String, Suspension> current = new HashMap<>();
        if (!accounts.isEmpty()) {
            for (Suspension s : suspensions.list(
                    "personSubject in ?1 and liftedAt is null",
                    accounts.stream().map(PersonAccount::subject).toList())) {
                if (s.inForce(now)) {
                    current.put(s.personSubject, s);
                }
            }
        }
        Set<String> admins = new HashSet<>();
        current.values().forEach(s -> {
            if (s.createdBy != null) {
                admins.add(s.createdBy);
            }
        });
        Map<String, PersonSummary> names = people.summaries(admins);
        List<UserAdminView> views = new ArrayList<>();
        for (PersonAccount a : accounts) {
            Suspension s = current.get(a.subject());
            views.add(new UserAdminView(
                    a.username(),
                    a.displayName(),
                    a.email(),
                    a.shop(),
                    a.headOffice(),
                    a.shopFromDirectory(),
                    a.roles(),
                    a.lastSeenAt(),
                    s == null
                            ? null
                            : new UserAdminView.SuspensionView(
                                    s.since, s.until, s.reason, s.createdBy == null ? null : names.get(s.createdBy))));
        }
        return views;
    }
}
