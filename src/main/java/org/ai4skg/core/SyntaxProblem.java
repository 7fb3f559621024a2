package org.ai4skg.core;

import java.nio.file.Path;

/** One syntax error in an RDF file, printed as {@code file:line:column: message}. */
public record SyntaxProblem(Path file, long line, long column, String message) {

    @Override
    public String toString() {
        return file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + message;
    }
}
