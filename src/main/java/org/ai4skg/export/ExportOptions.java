package org.ai4skg.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
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
 */
public record ExportOptions(Path out, Set<RdfSyntax> formats, boolean gzip, String baseUrl, LocalDate issued) {

    /** The base URL of the published graph, used unless another is given. */
    public static final String DEFAULT_BASE_URL = "https://w3id.org/ai4s-kg/";

    public ExportOptions {
        formats = Set.copyOf(formats);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** All formats, not compressed, default base URL, issued on {@code issued}. */
    public static ExportOptions defaults(Path out, LocalDate issued) {
        return new ExportOptions(out, EnumSet.allOf(RdfSyntax.class), false, DEFAULT_BASE_URL, issued);
    }

    public ExportOptions withBaseUrl(String url) {
        return new ExportOptions(out, formats, gzip, url, issued);
    }

    public ExportOptions withFormats(Set<RdfSyntax> wanted) {
        return new ExportOptions(out, wanted, gzip, baseUrl, issued);
    }

    public ExportOptions withGzip(boolean compress) {
        return new ExportOptions(out, formats, compress, baseUrl, issued);
    }
}
