package org.ai4skg.publication;

import java.nio.file.Path;

/**
 * A problem in an input file (a syntax error, an unreadable file, a malformed shape), printed as
 * {@code file:line:column: message} ({@code file:line: message} without a column, {@code file: message} without a
 * line).
 */
public record SyntaxProblem(Path file, long line, long column, String message) {

    @Override
    public String toString() {
        String where = DisplayPath.of(file);
        if (line > 0) {
            where += ":" + line;
            if (column > 0) {
                where += ":" + column;
            }
        }
        return where + ": " + message;
    }
}
