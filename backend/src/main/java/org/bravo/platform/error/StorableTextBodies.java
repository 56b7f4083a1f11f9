package org.bravo.platform.error;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;

/**
 * The plain-text side of {@link StorableText}: a body read as one string (a CSV import) holding a NUL or a lone
 * surrogate is a 422 before the endpoint runs, instead of a database error on the first line that holds it.
 */
@Provider
public class StorableTextBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body instanceof String text && StorableText.firstUnstorable(text) >= 0) {
            throw ApiException.invalid(
                    "Some fields are invalid.",
                    List.of(new Problem.FieldError(
                            "body",
                            FieldCode.INVALID_CHARACTERS,
                            "Contains a NUL character or a broken Unicode character; remove it.")));
        }
        return body;
    }
}
