package org.ai4skg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The dumps a server offers when it is not given a folder made by {@code ai4s export}: every format, plain and
 * gzipped, in one folder with one {@code SHA256SUMS}, VoID and DCAT catalogue describing them all, and the JSON-LD
 * context — exported from the publication it serves.
 */
public final class ServedDumps {

    private ServedDumps() {
    }

    /**
     * Exports the publication into {@code folder} (made if missing) and returns it.
     *
     * @param baseUrl where the server answers publicly, so that {@code void:dataDump} names the served files
     */
    public static Path export(Publication publication, Path folder, String baseUrl) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            Path gzipped = Files.createTempDirectory("ai4s-dumps-gz");
            new Exporter(new ExportOptions(folder, EnumSet.allOf(RdfSyntax.class), false, baseUrl, today)).export(publication);
            new Exporter(new ExportOptions(gzipped, EnumSet.allOf(RdfSyntax.class), true, baseUrl, today)).export(publication);
            try (Stream<Path> files = Files.list(gzipped)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".gz")).toList()) {
                    Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            merge(gzipped.resolve(Exporter.VOID_FILE), folder.resolve(Exporter.VOID_FILE));
            merge(gzipped.resolve(Exporter.CATALOG_FILE), folder.resolve(Exporter.CATALOG_FILE));
            mergeChecksums(gzipped.resolve(Exporter.CHECKSUMS_FILE), folder);
            try (Stream<Path> rest = Files.list(gzipped)) {
                for (Path file : rest.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(gzipped);
            Files.writeString(folder.resolve("context.jsonld"), JsonLdContext.standard().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** One {@code SHA256SUMS} for both exports, with the sums of the merged VoID and catalogue files. */
    private static void mergeChecksums(Path gzippedSums, Path folder) throws IOException {
        Path sums = folder.resolve(Exporter.CHECKSUMS_FILE);
        List<String> manifests = List.of(Exporter.VOID_FILE, Exporter.CATALOG_FILE);
        List<String> lines = new ArrayList<>();
        for (String line : concat(Files.readAllLines(sums), Files.readAllLines(gzippedSums))) {
            if (!manifests.contains(line.substring(66))) {
                lines.add(line);
            }
        }
        for (String manifest : manifests) {
            lines.add(sha256(folder.resolve(manifest)) + "  " + manifest);
        }
        lines.sort(java.util.Comparator.comparing(line -> line.substring(66)));
        Files.write(sums, lines);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void merge(Path from, Path into) throws IOException {
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.source(into).parse(union);
        RDFParser.source(from).parse(union);
        try (OutputStream out = Files.newOutputStream(into)) {
            RDFDataMgr.write(out, union, Lang.TURTLE);
        }
    }
}
