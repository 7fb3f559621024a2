package org.ai4skg.cli;

import java.nio.file.Path;

import org.ai4skg.publication.Layout;

import picocli.CommandLine.Option;

/** {@code --home DIR}: the repository folder whose {@code ontology/}, {@code data/} and {@code shapes/} are read. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Repository folder with ontology/, data/ and shapes/ (default: the ai4s installation).")
    Path home;

    Layout layout() {
        return home == null ? Layout.fromEnvironment() : new Layout(home.toAbsolutePath().normalize());
    }
}
