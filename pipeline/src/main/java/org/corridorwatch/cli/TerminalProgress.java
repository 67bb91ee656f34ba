package org.corridorwatch.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridorwatch.model.Progress;

/**
 * How a command shows progress: on a terminal a progress bar on stderr (me.tongfei progressbar, as the nightly
 * shows its pairs), else plain lines on the command's output ({@link Progress#lines}).
 */
final class TerminalProgress implements Progress {
    private ProgressBar bar;

    private TerminalProgress() {
    }

    /** A bar when both ends are a terminal (System.console()), else plain lines on {@code out}. */
    static Progress forOutput(PrintWriter out) {
        return System.console() != null ? new TerminalProgress() : Progress.lines(out);
    }

    @Override
    public void start(String task, String unit, long total) {
        finish();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
