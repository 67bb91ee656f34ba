package org.corridorwatch.review;

import java.util.Locale;

/**
 * Splits report.html's one inline {@code <script>} out of the page, so the server can serve it as
 * {@code /report.js} under a Content-Security-Policy without {@code 'unsafe-inline'} (the file on disk
 * keeps its inline script so it still works opened from a folder).
 *
 * @param page   the page with the inline script replaced by {@code <script src="/report.js"></script>}
 * @param script the script's text ("" when the page had none)
 */
record InlineScript(String page, String script) {
    static final String PATH = "/report.js";

    static InlineScript split(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int open = lower.lastIndexOf("<script>");
        int close = open < 0 ? -1 : lower.indexOf("</script>", open);
        if (open < 0 || close < 0) {
            return new InlineScript(html, "");
        }
        String script = html.substring(open + "<script>".length(), close);
        String page = html.substring(0, open) + "<script src=\"" + PATH + "\"></script>"
                + html.substring(close + "</script>".length());
        return new InlineScript(page, script);
    }
}
