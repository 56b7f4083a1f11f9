package org.bravo.platform.sql;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row keyed by the number the database gives it on insert ({@code id bigint generated always as identity}): the
 * entity has no id until it is persisted, and Hibernate inserts it at once to learn it.
 */
@MappedSuperclass
public abstract class NumberedRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
