package org.corridorwatch.model;

import java.io.PrintWriter;

/**
 * Progress of one long step (the tiles of a scan, the strips of a generated sample), reported as it goes. The
 * command line picks how it is shown: a progress bar on a terminal ({@code cli/TerminalProgress}), plain lines
 * otherwise ({@link #lines}), so a log file or a pipe gets a readable record. Calls come from one thread.
 */
public interface Progress {

    /** Starts counting {@code total} {@code unit}s of {@code task} ("scan", "tiles", 25). */
    void start(String task, String unit, long total);

    /** {@code n} more done. */
    void step(long n);

    /** The task ended (also after a failure). */
    void finish();

    /**
     * Plain lines on {@code out}, "{@code task: done/total unit}", each time another tenth of the total is done and at
     * the end: at most 11 lines however long the task ("scan: 3/25 tiles" … "scan: 25/25 tiles").
     */
    static Progress lines(PrintWriter out) {
        return new Progress() {
            private String task = "";
            private String unit = "";
            private long total;
            private long done;
            private long tenth;

            @Override
            public void start(String t, String u, long n) {
                task = t;
                unit = u;
                total = n;
                done = 0;
                tenth = 0;
            }

            @Override
            public void step(long n) {
                done += n;
                long now = total <= 0 ? 10 : done * 10 / total;
                if (now > tenth || done == total) {
                    tenth = now;
                    out.printf("%s: %d/%d %s%n", task, done, total, unit);
                    out.flush();
                }
            }

            @Override
            public void finish() {
                task = "";
            }
        };
    }

    /** Nothing shown. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, String unit, long total) {
        }

        @Override
        public void step(long n) {
        }

        @Override
        public void finish() {
        }
    };
}
