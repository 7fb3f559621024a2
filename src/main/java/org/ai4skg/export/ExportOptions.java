package org.ai4skg.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to export and where.
 *
 * @param out     the folder the dumps go to (created if missing)
 * @param formats the formats to write
 * @param gzip    whether to gzip every dump ({@code .gz} added to its name)
 * @param baseUrl where the dumps will be served: {@code void:dataDump} and {@code dcat:downloadURL} are
 *                {@code {baseUrl}dumps/<file>}
 * @param issued  the issue date written in the DCAT metadata
 * @param plainBesideGzip with {@code gzip}: write every dump plain as well, from the same pass over the data
 */
public record ExportOptions(Path out, Set<RdfSyntax> formats, boolean gzip, String baseUrl, LocalDate issued,
                            boolean plainBesideGzip) {

    /** The base URL of the published graph, used unless another is given. */
    public static final String DEFAULT_BASE_URL = "https://w3id.org/ai4s-kg/";

    public ExportOptions {
        formats = Set.copyOf(formats);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Each dump plain or gzipped, as {@code gzip} says. */
    public ExportOptions(Path out, Set<RdfSyntax> formats, boolean gzip, String baseUrl, LocalDate issued) {
        this(out, formats, gzip, baseUrl, issued, false);
    }

    /** Every dump both plain and gzipped, written together. */
    public ExportOptions plainAndGzipped() {
        return new ExportOptions(out, formats, true, baseUrl, issued, true);
    }

    /** The compressions each dump is written in: {@code false} plain, {@code true} gzipped. */
    List<Boolean> compressions() {
        return plainBesideGzip && gzip ? List.of(false, true) : List.of(gzip);
    }

    /** All formats, not compressed, default base URL, issued on {@code issued}. */
    public static ExportOptions defaults(Path out, LocalDate issued) {
        return new ExportOptions(out, EnumSet.allOf(RdfSyntax.class), false, DEFAULT_BASE_URL, issued);
    }

    public ExportOptions withBaseUrl(String url) {
        return new ExportOptions(out, formats, gzip, url, issued, plainBesideGzip);
    }

    public ExportOptions withFormats(Set<RdfSyntax> wanted) {
        return new ExportOptions(out, wanted, gzip, baseUrl, issued, plainBesideGzip);
    }

    public ExportOptions withGzip(boolean compress) {
        return new ExportOptions(out, formats, compress, baseUrl, issued, plainBesideGzip);
    }
}
