package org.bravo.platform.content;

/** A short title for content that has none (comments, entries), from the start of its plain text. */
public final class ModerationTitles {
    static final int MAX = 80;

    private ModerationTitles() {}

    public static String of(String plainText) {
        if (plainText == null) {
            return "";
        }
        String text = plainText.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }
}
