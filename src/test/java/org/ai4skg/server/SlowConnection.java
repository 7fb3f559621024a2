package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A raw connection a test drives a few bytes at a time, as a slow client does: what it sends, what the server answered
 * so far, and when the server closed it. Never blocks: each write also takes what the server has sent.
 */
final class SlowConnection {
    private final SocketChannel channel;
    private final long opened = System.nanoTime();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile long closedAt;

    SlowConnection(int port) {
        try {
            channel = SocketChannel.open(new InetSocketAddress("localhost", port));
            channel.configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text (nothing once the server has closed), then takes what the server sent; notes its closing. */
    synchronized void write(String text) {
        if (!open()) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            for (int n; (n = channel.read(buffer)) != 0; buffer.clear()) {
                if (n < 0) {
                    closedByServer();
                    return;
                }
                received.write(buffer.array(), 0, n);
            }
        } catch (IOException reset) {
            closedByServer();
        }
    }

    /** Whether the server has not closed it yet. */
    boolean open() {
        return closedAt == 0;
    }

    /** How long it stayed open before the server closed it. */
    long openMillis() {
        return TimeUnit.NANOSECONDS.toMillis(closedAt - opened);
    }

    /** What the server sent so far. */
    synchronized String answer() {
        return received.toString(StandardCharsets.UTF_8);
    }

    private void closedByServer() {
        closedAt = System.nanoTime();
        close();
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing a client socket in a test.
        }
    }

    /** A client's pause between the bytes it sends (what the test plays), not a wait for the server. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
