package org.bravo.platform.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.security.Viewer;

/** Finds the resolver for a content type. */
@ApplicationScoped
public class ContentTargets {
    private final Map<String, ContentResolver> resolvers = new HashMap<>();

    @Inject
    public ContentTargets(Instance<ContentResolver> all) {
        for (ContentResolver resolver : all) {
            resolvers.put(resolver.type(), resolver);
        }
    }

    public ContentResolver resolver(String type) {
        ContentResolver resolver = resolvers.get(type);
        if (resolver == null) {
            throw new IllegalArgumentException("No content of type " + type);
        }
        return resolver;
    }

    /** The visible content, or a 404 problem with {@code <TYPE>_NOT_FOUND}, e.g. {@code POST_NOT_FOUND}. */
    public ContentRef require(String type, long id, Viewer viewer) {
        Optional<ContentRef> found = resolver(type).findVisible(id, viewer);
        return found.orElseThrow(() -> ApiException.notFound(
                ErrorCode.missing(type), "No " + type + " " + id + " here, or it is not visible to you."));
    }
}
