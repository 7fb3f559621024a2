package org.ai4skg.publication;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the publication lives: the repository folder with {@code ontology/}, {@code data/}, {@code shapes/} and {@code queries/}. */
public record Layout(Path home) {

    /** The folder named by the {@code ai4s.home} system property, else the working directory. */
    public static Layout fromEnvironment() {
        String home = System.getProperty("ai4s.home");
        return new Layout(Paths.get(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize());
    }

    public Path ontology() {
        return home.resolve("ontology");
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path shapes() {
        return home.resolve("shapes");
    }

    public Path queries() {
        return home.resolve("queries");
    }
}
