package org.bravo.platform.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every {@link ModeratedContent}, by type. */
@ApplicationScoped
public class ModeratedContents {
    private final Instance<ModeratedContent> all;
    private volatile Map<String, ModeratedContent> byType;

    @Inject
    public ModeratedContents(Instance<ModeratedContent> all) {
        // Looked up lazily: features that moderation calls back also call moderation while they start.
        this.all = all;
    }

    public Optional<ModeratedContent> find(String type) {
        return Optional.ofNullable(byType().get(type));
    }

    public Set<String> types() {
        return byType().keySet();
    }

    private Map<String, ModeratedContent> byType() {
        Map<String, ModeratedContent> found = byType;
        if (found == null) {
            found = new TreeMap<>();
            for (ModeratedContent content : all) {
                found.put(content.type(), content);
            }
            byType = found;
        }
        return found;
    }
}
