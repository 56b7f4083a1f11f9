package org.bravo.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person known to Bravo: created on their first visit, kept in step with Keycloak on later ones. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    @Column(name = "subject")
    public String subject;

    @Column(name = "username", nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "email")
    public String email;

    @Column(name = "shop_code")
    public String shopCode;

    /** Works at head office, for every shop: no shop of their own, and not asked for one. */
    @Column(name = "head_office", nullable = false)
    public boolean headOffice;

    /** The shop came from the directory (Keycloak's claim), which Bravo follows: it cannot be changed here. */
    @Column(name = "shop_from_directory", nullable = false)
    public boolean shopFromDirectory;

    /** Lower-cased and accent-free, for search; see {@link Names#searchable}. */
    @Column(name = "search_name", nullable = false)
    public String searchName = "";

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    /** Bravo's roles as Keycloak gave them in the person's last token, for the administration screens. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "roles", nullable = false)
    public String[] roles = new String[0];

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
