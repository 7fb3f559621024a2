package org.ai4skg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT (Ctrl-C) while {@code ai4s serve} runs: the first one starts a stop, on a thread of its own, instead
 * of the JVM's shutdown, so that the command ends by itself once stopped, with its own exit code (the JVM's shutdown
 * would end it with 143 or 130). A second signal while stopping ends the process at once, as the JVM would have
 * (exit 128 + the signal's number), without waiting for the requests in flight. {@link #close()} puts back the
 * handlers there were, so that a command run inside a longer-lived JVM (the tests) leaves it as it found it; a signal
 * that still reaches a closed one (when several were closed out of order) is passed on to the handler it replaced.
 *
 * <p>Where a signal cannot be handled (e.g. {@code -Xrs}), the JVM's shutdown stops the server as before. Java 17 has
 * no other way to handle a signal than {@code sun.misc.Signal}, one of the critical internal APIs that JEP 260 keeps
 * open in {@code jdk.unsupported} (javac warns that it is one).
 */
final class StopSignals implements AutoCloseable {
    private static final String[] NAMES = {"TERM", "INT"};

    private final Consumer<String> stop;
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private boolean stopping;
    private boolean closed;

    private StopSignals(Consumer<String> stop) {
        this.stop = stop;
    }

    /** Handles SIGTERM and SIGINT from now on: the first one runs {@code stop} with its name, e.g. {@code "SIGTERM"}. */
    static StopSignals handle(Consumer<String> stop) {
        StopSignals signals = new StopSignals(stop);
        synchronized (signals) {
            for (String name : NAMES) {
                try {
                    Signal signal = new Signal(name);
                    signals.previous.put(signal, Signal.handle(signal, signals::received));
                } catch (IllegalArgumentException notHandled) {
                    // reserved by the JVM here: the JVM's shutdown (and Jetty's hook) stays in charge of this one
                }
            }
        }
        return signals;
    }

    private synchronized void received(Signal signal) {
        if (closed) {
            passOn(signal);
            return;
        }
        if (stopping) {
            // the JVM's own shutdown would wait for the stop under way: a second signal means now
            Runtime.getRuntime().halt(128 + signal.getNumber());
            return;
        }
        stopping = true;
        Thread stopper = new Thread(() -> stop.accept("SIG" + signal.getName()), "ai4s-stop");
        stopper.start();
    }

    /** Does what the handler this one replaced would have done. */
    private void passOn(Signal signal) {
        SignalHandler before = previous.get(signal);
        if (before == SignalHandler.SIG_IGN) {
            return;
        }
        if (before == null || before == SignalHandler.SIG_DFL) {
            Signal.handle(signal, SignalHandler.SIG_DFL);
            Signal.raise(signal);
            return;
        }
        before.handle(signal);
    }

    /** Puts back the handlers there were before (idempotent). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            previous.forEach(Signal::handle);
        }
    }
}
