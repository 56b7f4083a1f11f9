package org.bravo.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which tables a feature's code reads and writes, found in its SQL. Bravo's SQL is always written as string literals
 * (native queries, or JPQL whose entity names are capitalised and so never taken for a table), so the literals of a
 * source file, joined in order, hold every statement it runs; comments and char literals are skipped so that a quote
 * in them cannot shift what is read as a string.
 */
final class TableAccess {
    private static final Pattern MIGRATION = Pattern.compile("^V\\d+__([a-z0-9]+)_.*\\.sql$");
    private static final Pattern CREATE =
            Pattern.compile("(?i:create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?)([a-z_][a-z0-9_]*)");
    private static final Pattern WRITE = Pattern.compile(
            "(?i:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern READ = Pattern.compile("(?i:from|join)\\s+([a-z_][a-z0-9_]*)\\b");

    /** One use of a table by a feature that does not own it. */
    record Access(String file, String table, String owner, boolean write) {}

    private TableAccess() {}

    /**
     * The owner of each table: the feature named by the migration that creates it ({@code V<time>__<feature>_<change>.sql},
     * the naming rule of the house style).
     */
    static Map<String, String> owners(Path migrations) {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    throw new IllegalStateException("A migration not named V<time>__<feature>_<change>.sql: " + file);
                }
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    owners.put(create.group(1), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    /** Every use, in {@code source} of {@code feature}, of a table another feature owns. */
    static List<Access> foreign(String feature, String file, String source, Map<String, String> owners) {
        String sql = String.join(" ", literals(source));
        List<Access> found = new ArrayList<>();
        for (boolean write : new boolean[] {true, false}) {
            Matcher matcher = (write ? WRITE : READ).matcher(sql);
            while (matcher.find()) {
                String owner = owners.get(matcher.group(1));
                if (owner != null && !owner.equals(feature)) {
                    found.add(new Access(file, matcher.group(1), owner, write));
                }
            }
        }
        return found;
    }

    /** The string literals and text blocks of a Java source, in order. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end < 0 ? n : end));
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != c) {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(source.charAt(i));
                    i++;
                }
                i++;
                if (c == '"') {
                    literals.add(text.toString());
                }
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
