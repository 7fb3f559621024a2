package org.ai4skg.cli;

import java.io.PrintWriter;

import org.ai4skg.load.LoadProgress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows load progress: a progress bar with triples/s when standard error is a terminal, plain lines otherwise
 * (logs, CI), one every {@link org.ai4skg.load.Tdb2Loader#TICK} triples.
 */
final class ProgressDisplay implements LoadProgress, AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long start = System.nanoTime();

    private ProgressDisplay(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar on a terminal, else plain lines on {@code err}. */
    static ProgressDisplay create(PrintWriter err, String task) {
        if (System.console() == null) {
            return new ProgressDisplay(err, null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" triples", 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new ProgressDisplay(err, bar);
    }

    @Override
    public void triples(long count) {
        if (bar != null) {
            bar.stepTo(count);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("loaded %,d triples (%,.0f triples/s)%n", count, count / Math.max(seconds, 1e-9));
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
