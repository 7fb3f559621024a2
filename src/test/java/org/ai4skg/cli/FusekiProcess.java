package org.ai4skg.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ai4skg.server.Await;

/**
 * A second, independent SPARQL store: the plain {@code jena-fuseki-server} jar (copied to {@code target/} by the
 * build) run as its own process, in memory, writable, on a free loopback port.
 */
public final class FusekiProcess implements AutoCloseable {

    private static final Path JAR = Paths.get("target/jena-fuseki-server.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code /ds} in memory with updates allowed; with a user, every request needs HTTP basic authentication. */
    public static FusekiProcess start(Path work, String user, String password) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the build (process-test-resources copies it)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(), "--localhost", "--port", Integer.toString(port), "--mem",
                "--update"));
        if (user != null) {
            Path passwd = Files.writeString(work.resolve("passwd-" + port), user + ": " + password + "\n");
            command.add("--passwd=" + passwd);
            command.add("--auth=basic");
        }
        command.add("/ds");
        Path log = work.resolve("fuseki-" + port + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FusekiProcess fuseki = new FusekiProcess(process, port, log);
        fuseki.awaitPing();
        return fuseki;
    }

    public String base() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    /** The Graph Store Protocol endpoint. */
    public String data() {
        return base() + "/data";
    }

    /** The SPARQL query endpoint. */
    public String sparql() {
        return base() + "/sparql";
    }

    private void awaitPing() throws IOException {
        try {
            Await.until("Fuseki answers /$/ping", Duration.ofSeconds(60), () -> !process.isAlive() || answersPing());
        } catch (AssertionError notReady) {
            close();
            throw new IllegalStateException("Fuseki did not answer /$/ping within 60 s: " + Files.readString(log));
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("Fuseki stopped: " + Files.readString(log));
        }
    }

    private boolean answersPing() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/$/ping")
                    .toURL().openConnection();
            connection.setConnectTimeout(500);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200 || status == 401;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A loopback port nobody listens on (at the time of asking). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
