package org.ai4skg.publication;

import java.nio.file.Path;

/** A place in an RDF file: the file and the line and column where something starts (-1 when not known). */
public record Location(Path file, long line, long column) {

    /** {@code file:line} (or {@code file} when the syntax gives no line), the file relative to the working directory. */
    @Override
    public String toString() {
        return line > 0 ? DisplayPath.of(file) + ":" + line : DisplayPath.of(file);
    }
}
