package org.corridorwatch.model;

import java.util.regex.Pattern;

/**
 * Parser messages (Jackson, SnakeYAML, SQLite...) made fit for one line after "error: FILE:": the parser's own
 * location blocks ("[Source: REDACTED (StreamReadFeature...); line: 1, column: 10]", "(start marker at ...)")
 * removed, whitespace and line breaks collapsed, at most {@link #MAX_CHARS} characters.
 */
public final class ParserMessages {
    public static final int MAX_CHARS = 600;
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source:[^\\]]*\\]");

    private ParserMessages() {
    }

    /**
     * A file-system failure in words, without Java's class names: "/a/b: not a directory",
     * "/a/b: permission denied", "/a/b: no such file or directory".
     */
    public static String io(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            String reason = f.getReason().isEmpty() ? f.getReason()
                    : Character.toLowerCase(f.getReason().charAt(0)) + f.getReason().substring(1);
            return (f.getFile() != null ? f.getFile() + ": " : "") + reason;
        }
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * An SQLite driver message without its code and repetition: "[SQLITE_NOTADB] File opened that is not a database
     * file (file is not a database)" becomes "file is not a database".
     */
    public static String sql(String message) {
        String m = oneLine(message).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        int open = m.lastIndexOf('(');
        if (open > 0 && m.endsWith(")")) {
            m = m.substring(open + 1, m.length() - 1);
        }
        return m;
    }

    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String m = START_MARKER.matcher(message).replaceAll("");
        m = SOURCE.matcher(m).replaceAll("");
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > MAX_CHARS ? m.substring(0, MAX_CHARS - 1) + "…" : m;
    }
}
