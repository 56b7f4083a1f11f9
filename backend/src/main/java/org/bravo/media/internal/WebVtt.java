package org.bravo.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bravo.media.CaptionCue;

/**
 * Reads WebVTT as authors write it and writes it back normalised: plain-text cues only (tags and styling removed,
 * {@code < > &} escaped), so a caption file can never carry markup into a page.
 */
public final class WebVtt {
    static final int MAX_CUES = 500;
    static final int MAX_CHARS = 200_000;
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})\\s+-->\\s+((?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})(?:\\s.*)?$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private WebVtt() {}

    /** A file that does not read as WebVTT, with the line (1-based) where reading stopped. */
    public static class InvalidException extends Exception {
        public InvalidException(String message) {
            super(message);
        }
    }

    public static List<CaptionCue> parse(String text) throws InvalidException {
        if (text == null || text.isBlank()) {
            throw new InvalidException("The captions are empty.");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidException("Captions are limited to " + MAX_CHARS + " characters.");
        }
        String[] lines = text.replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1);
        if (!lines[0].startsWith("WEBVTT") || (lines[0].length() > 6 && !Character.isWhitespace(lines[0].charAt(6)))) {
            throw new InvalidException("Line 1: a WebVTT file starts with \"WEBVTT\".");
        }
        List<CaptionCue> cues = new ArrayList<>();
        int i = 1;
        // The header block runs to the first blank line.
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i >= lines.length) {
                break;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            String first = block.get(0);
            if (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION")) {
                continue;
            }
            int timingIndex = first.contains("-->") ? 0 : 1;
            if (timingIndex >= block.size()) {
                throw new InvalidException("Line " + (blockStart + 1) + ": expected a timing line such as "
                        + "\"00:01.000 --> 00:04.000\".");
            }
            int lineNumber = blockStart + timingIndex + 1;
            Matcher timing = TIMING.matcher(block.get(timingIndex));
            if (!timing.matches()) {
                throw new InvalidException(
                        "Line " + lineNumber + ": expected a timing line such as " + "\"00:01.000 --> 00:04.000\".");
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            if (end <= start) {
                throw new InvalidException("Line " + lineNumber + ": a caption must end after it starts.");
            }
            List<String> textLines = new ArrayList<>();
            for (String line : block.subList(timingIndex + 1, block.size())) {
                String plain = unescape(TAG.matcher(line).replaceAll("")).strip();
                if (!plain.isEmpty()) {
                    textLines.add(plain);
                }
            }
            if (textLines.isEmpty()) {
                throw new InvalidException("Line " + lineNumber + ": this caption has no text.");
            }
            cues.add(new CaptionCue(start, end, String.join("\n", textLines)));
            if (cues.size() > MAX_CUES) {
                throw new InvalidException("Line " + lineNumber + ": at most " + MAX_CUES + " captions per video.");
            }
        }
        if (cues.isEmpty()) {
            throw new InvalidException("No caption found after the \"WEBVTT\" line.");
        }
        return cues;
    }

    public static String write(List<CaptionCue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (CaptionCue cue : cues) {
            out.append('\n')
                    .append(timestamp(cue.startMs()))
                    .append(" --> ")
                    .append(timestamp(cue.endMs()))
                    .append('\n')
                    .append(escape(cue.text()))
                    .append('\n');
        }
        return out.toString();
    }

    static long millis(String timestamp) {
        String[] parts = timestamp.split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String[] seconds = parts[parts.length - 1].split("\\.");
        return ((hours * 60 + minutes) * 60 + Long.parseLong(seconds[0])) * 1000 + Long.parseLong(seconds[1]);
    }

    static String timestamp(long millis) {
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d.%03d",
                millis / 3_600_000,
                millis / 60_000 % 60,
                millis / 1000 % 60,
                millis % 1000);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", "\u00A0")
                .replace("&lrm;", "")
                .replace("&rlm;", "")
                .replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
