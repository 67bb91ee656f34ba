package org.corridorwatch.nightly;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a nightly run, on stderr: on a terminal a progress bar over the pairs (me.tongfei
 * progressbar) with messages above it; otherwise plain lines stamped with the UTC time, one per event,
 * fit for a log file. Stdout is kept for the one-line summary (cron mails it).
 */
public interface NightlyLog {
    void info(String message);

    /** Starts counting {@code total} steps of a task. */
    void start(String task, int total);

    /** One step of the current task done. */
    void step(String message);

    /** Ends the current task. */
    void finish();

    /** Plain timestamped lines on {@code out}. */
    static NightlyLog lines(PrintWriter out) {
        return new NightlyLog() {
            private String task = "";
            private int total;
            private int done;

            @Override
            public void info(String message) {
                out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + message);
                out.flush();
            }

            @Override
            public void start(String t, int n) {
                task = t;
                total = n;
                done = 0;
            }

            @Override
            public void step(String message) {
                done++;
                info(task + " " + done + "/" + total + ": " + message);
            }

            @Override
            public void finish() {
                task = "";
            }
        };
    }

    /** A progress bar (for a terminal); messages print above it. */
    static NightlyLog bar() {
        return new NightlyLog() {
            private ProgressBar bar;

            @Override
            public void info(String message) {
                if (bar != null) {
                    bar.setExtraMessage(message.length() > 60 ? message.substring(0, 57) + "..." : message);
                } else {
                    System.err.println(message);
                }
            }

            @Override
            public void start(String task, int total) {
                finish();
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250).continuousUpdate().build();
            }

            @Override
            public void step(String message) {
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(message.length() > 60 ? message.substring(0, 57) + "..." : message);
                }
            }

            @Override
            public void finish() {
                if (bar != null) {
                    bar.close();
                    bar = null;
                }
            }
        };
    }

    /** Nothing. */
    NightlyLog NONE = new NightlyLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void start(String task, int total) {
        }

        @Override
        public void step(String message) {
        }

        @Override
        public void finish() {
        }
    };
}
