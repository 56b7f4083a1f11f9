package org.bravo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bravo.people.internal.Names;
import org.bravo.people.internal.PeopleService;
import org.bravo.people.internal.Person;
import org.bravo.people.internal.PersonRepository;

/** People as other features use them: who is acting, and names for lists of content. */
@ApplicationScoped
public class People {
    @Inject
    PeopleService service;

    @Inject
    PersonRepository people;

    @Inject
    CurrentUser user;

    /**
     * The caller, created on the spot if this is their first request: content references its author, so the person
     * must exist before they write anything.
     */
    @Transactional
    public PersonRef current() {
        service.recordVisit(
                user.subject(),
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                user.shopClaim().orElse(null),
                user.roles());
        return ref(people.findById(user.subject()));
    }

    public Optional<PersonRef> byUsername(String username) {
        return people.find("lower(username) = lower(?1)", username)
                .firstResultOptional()
                .map(People::ref);
    }

    public Optional<Instant> memberSince(String subject) {
        return people.findByIdOptional(subject).map(p -> p.firstSeenAt);
    }

    /** Known people among {@code usernames} (case-insensitive), for @mentions. */
    public List<PersonRef> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        List<String> lower =
                usernames.stream().map(String::toLowerCase).distinct().toList();
        return people.list("lower(username) in ?1", lower).stream()
                .map(People::ref)
                .toList();
    }

    /** Summaries keyed by subject, one query for a whole page of content. */
    public Map<String, PersonSummary> summaries(Collection<String> subjects) {
        Map<String, PersonSummary> result = new HashMap<>();
        if (subjects.isEmpty()) {
            return result;
        }
        for (Person person :
                people.list("subject in ?1", subjects.stream().distinct().toList())) {
            result.put(person.subject, ref(person).summary());
        }
        return result;
    }

    public List<PersonSummary> search(String query, int limit) {
        return service.search(query, limit).stream().map(p -> ref(p).summary()).toList();
    }

    public List<PersonSummary> ofShop(String shopCode) {
        return people.list("shopCode = ?1 order by displayName", shopCode).stream()
                .map(p -> ref(p).summary())
                .toList();
    }

    public Map<String, Long> countByShop() {
        return service.countByShop();
    }

    /**
     * People for the administration screen, by username after {@code afterUsername} (a cursor), optionally only those
     * whose name or username contains {@code query} (accents and case ignored).
     */
    public List<PersonAccount> accounts(String query, String afterUsername, int limit) {
        StringBuilder where = new StringBuilder("lower(username) > lower(?1)");
        List<Object> params = new ArrayList<>();
        params.add(afterUsername == null ? "" : afterUsername);
        if (query != null && !query.isBlank()) {
            where.append(" and searchName like ?2");
            params.add("%" + Names.searchable(query).replace("%", "").replace("_", "") + "%");
        }
        return people.find(where + " order by lower(username)", params.toArray()).page(0, limit).list().stream()
                .map(People::account)
                .toList();
    }

    public Optional<PersonAccount> account(String username) {
        return people.find("lower(username) = lower(?1)", username)
                .firstResultOptional()
                .map(People::account);
    }

    private static PersonAccount account(Person p) {
        return new PersonAccount(
                p.subject,
                p.username,
                p.displayName,
                p.email,
                p.shopCode,
                p.headOffice,
                p.shopFromDirectory,
                List.of(p.roles),
                p.lastSeenAt);
    }

    static PersonRef ref(Person person) {
        return new PersonRef(person.subject, person.username, person.displayName, person.shopCode, person.headOffice);
    }
}
