package org.ai4skg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ai4skg.server.Await;

/**
 * {@code ai4s serve --port 0} as a process of its own, the way {@code ./ai4s serve} runs it (the same main class, here
 * on the test classpath), so that it gets real signals and ends with a real exit code. On Linux {@link #terminate()}
 * sends SIGTERM, as {@code kill}, systemd or a container runtime do, and what the process prints afterwards is still
 * read.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready at \\S+ \\(started in [\\d.]+ s; SPARQL at http://localhost:(\\d+)/");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;
    private final String url;

    private ServeProcess(List<String> command) {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = new Thread(this::readOutput, "ai4s-serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Await.until("ai4s serve prints 'ready at'", Duration.ofSeconds(180),
                    () -> !process.isAlive() || READY.matcher(output).find(), output::toString);
        } catch (AssertionError notReady) {
            process.destroyForcibly();
            throw notReady;
        }
        Matcher ready = READY.matcher(output);
        if (!ready.find()) {
            throw new IllegalStateException("ai4s serve ended before it was ready: " + output);
        }
        url = "http://localhost:" + ready.group(1) + "/";
    }

    /** Starts {@code ai4s serve --port 0} with {@code options} and waits until it prints {@code ready at}. */
    public static ServeProcess start(String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dai4s.home=" + RunningServe.REPOSITORY, Ai4s.class.getName(), "serve", "--port", "0"));
        command.addAll(Arrays.asList(options));
        return new ServeProcess(command);
    }

    /** Where the server answers, e.g. {@code http://localhost:41234/}. */
    public String url() {
        return url;
    }

    /** What the process printed so far (standard output and error). */
    public String output() {
        return output.toString();
    }

    /**
     * Sends SIGTERM. Through the process handle: {@link Process#destroy()} sends the same signal but also closes the
     * pipe of the process's output, which would hide what it prints while stopping.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /**
     * The exit code once the process has ended, waiting at most {@code within}, with all it printed read; empty if it
     * still runs.
     */
    public OptionalInt awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return OptionalInt.of(process.exitValue());
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
            }
        } catch (IOException ended) {
            // the process is gone; what it printed is kept
        }
    }
}
