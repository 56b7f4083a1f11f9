package org.bravo.platform.web;

import java.util.function.Supplier;

/**
 * The one way a resource requires a JSON body. A request sent without a body, or with {@code null}, reaches the
 * method as {@code null}; it is read as the request with every field absent, so the usual field checks refuse it
 * with 422 and a {@code REQUIRED} error per missing field, exactly as they refuse {@code {}}.
 *
 * <p>A call where the body is used rather than a JAX-RS filter that turns a missing body into {@code {}}: such a
 * filter would still let a {@code null} body through as {@code null}, and the method would not show that its
 * argument is never {@code null}.
 */
public final class RequestBodies {
    private RequestBodies() {}

    /** {@code body}, or the request with every field absent ({@code XRequest::empty}) when the client sent none. */
    public static <T> T orEmpty(T body, Supplier<T> empty) {
        return body != null ? body : empty.get();
    }
}
