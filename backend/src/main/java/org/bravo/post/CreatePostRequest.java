package org.bravo.post;

import java.util.List;

public record CreatePostRequest(String kind, String title, String body, List<String> tags, Long categoryId,
                                List<String> photoIds, Boolean draft, List<String> videoIds) {
}
