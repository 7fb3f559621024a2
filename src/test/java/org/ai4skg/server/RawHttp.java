package org.ai4skg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket, for what an HTTP client library refuses to send: bad percent-escapes in
 * paths, unknown methods, invalid UTF-8, garbage headers. Each request closes its connection.
 */
final class RawHttp {
    /** A response: its status, its header block and its body (bytes as ISO-8859-1, so that nothing is lost). */
    record Answer(int status, String headers, String body) {
        boolean hasHeader(String name, String value) {
            return headers.toLowerCase(Locale.ROOT).contains((name + ": " + value).toLowerCase(Locale.ROOT));
        }
    }

    /** The server closed the connection while the body was being sent, and no answer could be read. */
    static final Answer CLOSED_BEFORE_THE_BODY = new Answer(0, "", "");

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}; reads the answer. */
    static Answer send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.net.SocketException refusedBeforeTheBody) {
                // The server answered (a 4xx) and closed before reading all of the body: read what it answered; its
                // close may have reset the connection before the answer could be read, which is no failure of it.
                byte[] answered = readAll(socket.getInputStream());
                return answered.length == 0 ? CLOSED_BEFORE_THE_BODY : parse(answered);
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer send(int port, String head) {
        return send(port, head, null);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // The server may close without reading a refused body; what it answered before is kept.
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IllegalStateException("not an HTTP answer: " + text.substring(0, Math.min(200, text.length())));
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String headers = text.substring(0, end);
        String body = text.substring(end + 4);
        if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
