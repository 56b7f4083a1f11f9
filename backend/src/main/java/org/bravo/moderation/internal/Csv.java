package org.bravo.moderation.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, both ways, small enough for watch-word lists and audit exports. */
public final class Csv {
    private Csv() {}

    /**
     * One line. A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with a
     * quote, so that opening an export in a spreadsheet never runs what a user typed.
     */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            if (cell.indexOf(',') >= 0
                    || cell.indexOf(';') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            line.append(cell);
        }
        return line.append('\n').toString();
    }

    /** Rows of cells; quoted cells may hold commas, quotes ("") and line breaks. A leading BOM is ignored. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',' || c == ';') {
                // Spreadsheets set to French save with semicolons.
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
