package org.bravo.post;

import java.util.List;

public record UpdatePostRequest(String title, String body, List<String> tags, Long categoryId, List<String> photoIds,
                                Boolean draft, List<String> videoIds) {
}
