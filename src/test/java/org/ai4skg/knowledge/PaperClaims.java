package org.ai4skg.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading of the paper in {@code queries/claims/*.txt}: blocks separated by a blank line, each opening with
 * {@code ## id} and quoting the paper's words it reads in a {@code paper:} line. A claim says in English what those words
 * state ({@code says:}) and ends with the SPARQL {@code ASK} query that finds it in the graph; words that state nothing
 * the graph should hold (a running header, a restatement, a rhetorical link) say why in a {@code none:} line instead.
 */
final class PaperClaims {

    /** One block of a claims file; {@code ask} and {@code says} are null for a block that states nothing. */
    record Claim(String id, Path file, int line, String paper, String says, String ask, String none) {
        boolean statesSomething() {
            return none == null;
        }

        String where() {
            return file.getFileName() + ":" + line + " (" + id + ")";
        }
    }

    private PaperClaims() {
    }

    static List<Claim> read(Path folder) throws IOException {
        List<Claim> claims = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                claims.addAll(readFile(file));
            }
        }
        return claims;
    }

    static List<Claim> readFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Claim> claims = new ArrayList<>();
        int blockStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank && blockStart < 0) {
                blockStart = i;
            } else if (blank && blockStart >= 0) {
                Claim claim = block(file, blockStart, lines.subList(blockStart, i));
                if (claim != null) {
                    claims.add(claim);
                }
                blockStart = -1;
            }
        }
        return claims;
    }

    private static Claim block(Path file, int start, List<String> lines) {
        String id = null;
        String paper = null;
        String says = null;
        String none = null;
        StringBuilder ask = null;
        for (String line : lines) {
            if (ask != null) {
                ask.append(line).append('\n');
            } else if (line.startsWith("## ")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("paper:")) {
                paper = line.substring(6).trim();
            } else if (line.startsWith("says:")) {
                says = line.substring(5).trim();
            } else if (line.startsWith("none:")) {
                none = line.substring(5).trim();
            } else if (line.startsWith("ASK") || line.startsWith("PREFIX")) {
                ask = new StringBuilder(line).append('\n');
            } else if (!line.startsWith("#")) {
                throw new IllegalArgumentException(file + ":" + (start + 1) + ": unexpected line in a claim: " + line);
            }
        }
        if (id == null && paper == null) {
            return null; // a comment block: the file's heading
        }
        return new Claim(id, file, start + 1, paper, says, ask == null ? null : ask.toString(), none);
    }
}
