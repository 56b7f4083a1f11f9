package org.bravo.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class PeopleService {
    /** Visits closer together than this do not rewrite the row: /me is called on every page load. */
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    private final PersonRepository people;
    private final Clock clock;

    @Inject
    public PeopleService(PersonRepository people) {
        this(people, Clock.systemUTC());
    }

    PeopleService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * Creates or refreshes the person and returns their shop: the token's claim when Keycloak has one (the
     * directory is authoritative), otherwise the shop stored in Bravo, possibly none yet.
     */
    @Transactional
    public String recordVisit(
            String subject, String username, String displayName, String email, String shopClaim, Set<String> roles) {
        Instant now = clock.instant();
        Person person = people.findById(subject);
        String[] sortedRoles = new TreeSet<>(roles).toArray(String[]::new);
        if (person != null && !Arrays.equals(person.roles, sortedRoles)) {
            person.roles = sortedRoles;
        }
        if (person == null) {
            insert(subject, username, displayName, email, shopClaim, now);
            Person created = people.findById(subject);
            if (created == null) {
                // Nothing inserted and no row for this subject: another person holds the username (a Keycloak
                // account deleted and created again). The newcomer gets the name; the old row keeps its content.
                people.getEntityManager()
                        .createNativeQuery("update person"
                                + " set username = username || '~' || left(subject, 8)"
                                + " where lower(username) = lower(?1) and subject <> ?2")
                        .setParameter(1, username)
                        .setParameter(2, subject)
                        .executeUpdate();
                insert(subject, username, displayName, email, shopClaim, now);
                created = people.findById(subject);
            }
            created.roles = sortedRoles;
            created.shopFromDirectory = shopClaim != null;
            return created.shopCode;
        }
        boolean changed = !Objects.equals(person.username, username)
                || !Objects.equals(person.displayName, displayName)
                || !Objects.equals(person.email, email)
                || (shopClaim != null && !shopClaim.equals(person.shopCode))
                || person.shopFromDirectory != (shopClaim != null);
        if (changed || person.lastSeenAt.plus(LAST_SEEN_RESOLUTION).isBefore(now)) {
            apply(person, username, displayName, email, shopClaim);
            person.lastSeenAt = now;
        }
        return person.shopCode;
    }

    /**
     * Inserts unless a row already exists: a person's first requests often arrive together (the app loads several
     * things at once), and every unique key (subject, username) must tolerate losing that race.
     */
    private void insert(
            String subject, String username, String displayName, String email, String shopClaim, Instant now) {
        people.getEntityManager()
                .createNativeQuery("insert into person (subject, username, display_name, email,"
                        + " shop_code, search_name, first_seen_at, last_seen_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) on conflict do nothing")
                .setParameter(1, subject)
                .setParameter(2, username)
                .setParameter(3, displayName)
                .setParameter(4, email)
                .setParameter(5, shopClaim)
                .setParameter(6, Names.searchable(username + " " + displayName))
                .setParameter(7, Timestamp.from(now))
                .executeUpdate();
    }

    /** People whose username or name starts with, or has a word starting with, {@code query}. */
    public List<Person> search(String query, int limit) {
        String needle = Names.searchable(query == null ? "" : query).trim();
        if (needle.isEmpty()) {
            return people.find("order by displayName").page(0, limit).list();
        }
        String like = Names.escapeLike(needle);
        return people.find(
                        "searchName like ?1 escape '\\' or searchName like ?2 escape '\\' order by displayName",
                        like + "%",
                        "% " + like + "%")
                .page(0, limit)
                .list();
    }

    public Map<String, Long> countByShop() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = people.getEntityManager()
                .createQuery(
                        "select p.shopCode, count(p) from Person p where p.shopCode is not null group by p.shopCode",
                        Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static void apply(Person person, String username, String displayName, String email, String shopClaim) {
        person.username = username;
        person.displayName = displayName;
        person.email = email;
        person.searchName = Names.searchable(username + " " + displayName);
        // The directory wins: a shop it gives replaces whatever was chosen in Bravo, head office included. When it
        // stops giving one, the last shop stays and the person may change it here.
        person.shopFromDirectory = shopClaim != null;
        if (shopClaim != null) {
            person.shopCode = shopClaim;
            person.headOffice = false;
        }
    }
}
