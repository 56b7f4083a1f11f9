package org.bravo.media;

public record PhotoView(String id, String url, String thumbnailUrl, int width, int height) {}
