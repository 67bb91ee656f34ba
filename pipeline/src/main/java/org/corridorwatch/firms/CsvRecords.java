package org.corridorwatch.firms;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated fields, optional double quotes ({@code ""} is a quote inside
 * a quoted field, which may span lines), LF, CRLF or CR line ends. Blank lines are skipped. Knows the
 * physical line each record starts on.
 */
final class CsvRecords {
    private final Reader in;
    private int line = 1;
    private int peeked = -2;
    private int recordLine;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** Line (1-based) on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /** The next non-blank record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue;
            }
            recordLine = line;
            return record(c);
        }
    }

    private List<String> record(int first) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int c = first;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    fields.add(f.toString());
                    return fields;
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n' || c == '\r') {
                        f.append('\n');
                        endOfLine(c);
                    } else {
                        f.append((char) c);
                    }
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                fields.add(f.toString());
                if (c != -1) {
                    endOfLine(c);
                }
                return fields;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '"' && fieldStart && f.toString().isBlank()) {
                f.setLength(0);
                quoted = true;
            } else {
                f.append((char) c);
            }
            fieldStart = fieldStart && c != '"' && Character.isWhitespace(c);
            c = read();
        }
    }

    /** Consumes the LF of a CRLF pair and counts the line. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                peeked = n;
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }
}
