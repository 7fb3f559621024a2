package org.ai4skg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ai4skg.server.Await;
import org.ai4skg.server.PublicationServerExtension;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import picocli.CommandLine;

/**
 * {@code ai4s serve --port 0} run in this JVM through {@link Ai4s#commandLine()}, exactly as a newcomer starts it:
 * the repository's publication (the {@code ai4s.home} folder unless {@code --home} is given), validated, with the pages
 * for people, ready once it has printed {@code ready at}.
 */
public final class RunningServe implements AutoCloseable {

    /** The repository (what {@code ./ai4s} passes as {@code ai4s.home}). */
    public static final Path REPOSITORY = PublicationServerExtension.REPOSITORY;

    private static final Pattern READY = Pattern.compile("ready at (\\S+) \\(started in \\d+\\.\\d\\d s");

    private final ServeCommand serve;
    private final CompletableFuture<Integer> exit;
    private final StringWriter out;
    private final StringWriter err;
    private final String url;

    private RunningServe(String... arguments) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        serve = commandLine.getSubcommands().get("serve").getCommand();
        exit = CompletableFuture.supplyAsync(() -> commandLine.execute(arguments));
        Await.until("ai4s serve prints 'ready at'", Duration.ofSeconds(180),
                () -> exit.isDone() || (READY.matcher(out.toString()).find() && serve.running != null),
                () -> "out: " + out + "\nerr: " + err);
        Matcher ready = READY.matcher(out.toString());
        if (exit.isDone() || !ready.find()) {
            throw new IllegalStateException("ai4s serve did not start: exit " + (exit.isDone() ? exit.join() : "-")
                    + "\nout: " + out + "\nerr: " + err);
        }
        // The printed URL is the public one (--base-url); the server is reached here on its port.
        url = "http://localhost:" + serve.running.port() + "/";
    }

    /**
     * Runs {@code ai4s serve --port 0} on the repository, with {@code extra} options, and waits for {@code ready at}.
     * The access log is quietened (one line per request would flood the test output).
     */
    public static RunningServe start(String... extra) {
        Configurator.setLevel("org.ai4skg.server.access", Level.WARN);
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0"));
        arguments.addAll(Arrays.asList(extra));
        if (!arguments.contains("--home")) {
            arguments.addAll(List.of("--home", REPOSITORY.toString()));
        }
        return new RunningServe(arguments.toArray(String[]::new));
    }

    /** Where the server answers on this machine, e.g. {@code http://localhost:41234/} (with {@code --base-url} too). */
    public String url() {
        return url;
    }

    /** Everything the command printed to its standard output so far. */
    public String output() {
        return out.toString();
    }

    /** Stops the server the way SIGTERM does and returns the command's exit code. */
    public int stop() {
        serve.running.stop();
        try {
            return exit.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("ai4s serve did not stop", e);
        }
    }

    @Override
    public void close() {
        if (!exit.isDone()) {
            stop();
        }
    }
}
