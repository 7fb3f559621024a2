package org.ai4skg.export;

import java.nio.file.Path;

/**
 * One file of an export.
 *
 * @param part     {@code all}, {@code vocabulary} or {@code data}; {@code null} for the manifest files
 * @param format   the RDF format, or {@code null} for {@code SHA256SUMS}
 * @param triples  the triples it holds (-1 when not an RDF dump)
 * @param gzip     whether the file is gzip-compressed
 */
public record DumpFile(String name, Path path, String part, RdfSyntax format, boolean gzip, long bytes,
                       String sha256, long triples) {
}
