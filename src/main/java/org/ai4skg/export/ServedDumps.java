package org.ai4skg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.ai4skg.publication.Publication;

/**
 * The dumps a server offers when it is not given a folder made by {@code ai4s export}: every format, plain and
 * gzipped (both written in one pass over the data), in one folder with one {@code SHA256SUMS}, the VoID and DCAT
 * catalogue describing them all, and the JSON-LD context the dumps are compacted with.
 */
public final class ServedDumps {

    /** The name of the JSON-LD context file beside the dumps. */
    public static final String CONTEXT_FILE = "context.jsonld";

    private ServedDumps() {
    }

    /**
     * Exports the publication into {@code folder} (made if missing).
     *
     * @param baseUrl where the server answers publicly, so that {@code void:dataDump} names the served files
     * @return what was written, with the VoID and catalogue graphs as written
     */
    public static ExportResult export(Publication publication, Path folder, String baseUrl) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ExportOptions options = new ExportOptions(folder, EnumSet.allOf(RdfSyntax.class), true, baseUrl, today)
                .plainAndGzipped();
        ExportResult result = new Exporter(options).export(publication);
        try {
            Files.writeString(folder.resolve(CONTEXT_FILE), JsonLdContext.standard().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
