package org.bravo.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts each call of the annotated endpoint against the caller's allowance for the kind, before the endpoint runs
 * (see {@link RateLimitFilter}). Anonymous calls are not counted: the endpoints limited this way require a person.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {
    RateLimit value();
}
