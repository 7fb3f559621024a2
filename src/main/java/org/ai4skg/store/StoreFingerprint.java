package org.ai4skg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The commit state of a TDB2 store, read without opening it: the name of its newest {@code Data-NNNN} folder and the
 * bytes of that folder's small state files ({@code *.bpt}, {@code *.bdf}: each index's root and allocation limits).
 * TDB2 appends at every commit that changes the data, so these change with every such commit, whichever tool made
 * it, and a summary counted at one state is known to be stale at another.
 */
public final class StoreFingerprint {

    private StoreFingerprint() {
    }

    /** The fingerprint of the store in {@code folder}; {@code "none"} when it holds no {@code Data-NNNN} folder. */
    public static String of(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            Path data = children.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("Data-\\d+"))
                    .max(Path::compareTo).orElse(null);
            if (data == null) {
                return "none";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<Path> states;
            try (Stream<Path> files = Files.list(data)) {
                states = files.filter(p -> p.getFileName().toString().endsWith(".bpt")
                        || p.getFileName().toString().endsWith(".bdf")).sorted().toList();
            }
            for (Path state : states) {
                digest.update(state.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(state));
            }
            return data.getFileName() + "-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
