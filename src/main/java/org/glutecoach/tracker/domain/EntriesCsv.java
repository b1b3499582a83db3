package org.glutecoach.tracker.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.glutecoach.tracker.EntryView;
import org.jspecify.annotations.Nullable;

/**
 * The log as CSV (RFC 4180: commas, double quotes, CRLF), one row per day with the API's field names as the
 * header; the sitting habits are joined by semicolons. A note that a spreadsheet would run as a formula (it starts
 * with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, which reading takes off again;
 * so is a note that starts with an apostrophe of its own, so that it too comes back as it was.
 */
public final class EntriesCsv {

    public static final List<String> HEADER = List.of(
            "date",
            "hoursSitting",
            "longestSpellMinutes",
            "breaks",
            "sorenessLeft",
            "sorenessRight",
            "sorenessMiddle",
            "spasms",
            "sitting",
            "releaseDone",
            "activationDone",
            "note");

    private EntriesCsv() {}

    public static String write(List<EntryView> entries) {
        var out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (var e : entries) {
            var cells = List.of(
                    e.date().toString(),
                    text(e.hoursSitting()),
                    text(e.longestSpellMinutes()),
                    text(e.breaks()),
                    text(e.sorenessLeft()),
                    text(e.sorenessRight()),
                    text(e.sorenessMiddle()),
                    Boolean.toString(e.spasms()),
                    e.sitting().stream().map(Enum::name).collect(Collectors.joining(";")),
                    Boolean.toString(e.releaseDone()),
                    Boolean.toString(e.activationDone()),
                    note(e.note()));
            out.append(cells.stream().map(EntriesCsv::quoted).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** The rows of a CSV text, each a list of cells; a quote left open ends the text as a last cell. */
    public static List<List<String>> read(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
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
        rows.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
        return rows;
    }

    /**
     * A note as read back: the apostrophe written before a formula-like start, or before a note's own leading
     * apostrophe, comes off; so every note comes back exactly as it was written out.
     */
    public static String noteRead(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && escaped(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static String note(@Nullable String note) {
        if (note == null) {
            return "";
        }
        // A note that itself starts with an apostrophe gets one too, or reading it back would take its own off.
        return !note.isEmpty() && escaped(note.charAt(0)) ? "'" + note : note;
    }

    /**
     * What a spreadsheet runs as a formula at the start of a cell (OWASP's list: = + - @, tab, carriage return),
     * and the apostrophe that marks a cell as text.
     */
    private static boolean escaped(char first) {
        return "=+-@\t\r'".indexOf(first) >= 0;
    }

    private static String text(@Nullable Number number) {
        if (number == null) {
            return "";
        }
        var value = number.doubleValue();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
