package org.bravo.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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
    public String recordVisit(String subject, String username, String displayName, String email, String shopClaim) {
        Instant now = clock.instant();
        Person person = people.findById(subject);
        if (person == null) {
            person = new Person();
            person.subject = subject;
            person.firstSeenAt = now;
            person.lastSeenAt = now;
            apply(person, username, displayName, email, shopClaim);
            people.persist(person);
            return person.shopCode;
        }
        boolean changed = !Objects.equals(person.username, username)
                || !Objects.equals(person.displayName, displayName)
                || !Objects.equals(person.email, email)
                || (shopClaim != null && !shopClaim.equals(person.shopCode));
        if (changed || person.lastSeenAt.plus(LAST_SEEN_RESOLUTION).isBefore(now)) {
            apply(person, username, displayName, email, shopClaim);
            person.lastSeenAt = now;
        }
        return person.shopCode;
    }

    private static void apply(Person person, String username, String displayName, String email, String shopClaim) {
        person.username = username;
        person.displayName = displayName;
        person.email = email;
        if (shopClaim != null) {
            person.shopCode = shopClaim;
        }
    }
}
