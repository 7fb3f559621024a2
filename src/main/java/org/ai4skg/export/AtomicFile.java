package org.ai4skg.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.GZIPOutputStream;

/**
 * A file written under a temporary name beside its target ({@code .name.part}) and moved into place only when
 * complete: a reader never sees half a file, and a failed or interrupted write leaves at most the temporary file,
 * which the next export removes.
 */
final class AtomicFile implements AutoCloseable {

    /** The suffix of temporary files. */
    static final String PART = ".part";

    private final Path target;
    private final Path temporary;
    private final DigestingStream counter;
    private final OutputStream stream;
    private final Writer writer;
    private boolean finished;
    private boolean committed;
    private String sha256;

    private AtomicFile(Path target, boolean gzip) throws IOException {
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + PART);
        this.counter = new DigestingStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        this.stream = gzip ? new GZIPOutputStream(counter, 1 << 16) : counter;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Counts and hashes the bytes that reach the file. */
    private static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long bytes;

        DigestingStream(OutputStream out) {
            super(out);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }
    }

    /** The size of the finished file in bytes. */
    long bytes() {
        return counter.bytes;
    }

    /** The SHA-256 of the finished file, in lower-case hex. */
    String sha256() {
        if (sha256 == null) {
            sha256 = java.util.HexFormat.of().formatHex(counter.digest.digest());
        }
        return sha256;
    }

    /** Opens a temporary file for {@code target}, gzip-compressed when asked. */
    static AtomicFile create(Path target, boolean gzip) throws IOException {
        return new AtomicFile(target, gzip);
    }

    Path target() {
        return target;
    }

    /** Text output (UTF-8). */
    Writer writer() {
        return writer;
    }

    /** Byte output; flush {@link #writer()} first when mixing. */
    OutputStream stream() {
        return stream;
    }

    /** Completes the content (size and checksum are then known); the file stays under its temporary name. */
    void finish() throws IOException {
        if (!finished) {
            writer.flush();
            writer.close();
            finished = true;
        }
    }

    /** Finishes the file if needed and moves it into place, replacing an older one. */
    void commit() throws IOException {
        finish();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // The write already failed; the temporary file goes anyway.
            }
            Files.deleteIfExists(temporary);
        }
    }
}
