package org.ai4skg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.publication.Publication;
import org.ai4skg.export.DumpFile;
import org.ai4skg.export.RdfSyntax;
import org.ai4skg.export.ExportOptions;
import org.ai4skg.export.ExportResult;
import org.ai4skg.export.Exporter;
import org.ai4skg.store.Tdb2Stores;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ai4s export}: writes the dumps, VoID, DCAT catalog and checksums. */
@Command(name = "export",
        description = "Write the publication as deterministic dumps (Turtle, N-Triples, N-Quads, JSON-LD, RDF/XML, TriG) "
                + "with SHA256SUMS, a VoID description (void.ttl) and a DCAT catalog (catalog.ttl).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/dumps",
            description = "Folder for the dumps (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "ttl,nt,nq,jsonld,rdfxml,trig",
            description = "Comma-separated formats: ttl,nt,nq,jsonld,rdfxml,trig (default: all).")
    String formats;

    @Option(names = "--gzip", description = "Gzip every dump (adds .gz to the names).")
    boolean gzip;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = ExportOptions.DEFAULT_BASE_URL,
            description = "Where the dumps are served: void:dataDump is {URL}dumps/<file> (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--issued", paramLabel = "YYYY-MM-DD",
            description = "Issue date in catalog.ttl (default: SOURCE_DATE_EPOCH if set, else today, UTC).")
    String issued;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Export the default graph of this TDB2 database (as ai4s-kg.*) instead of the repository files.")
    Path tdb2;

    @Override
    public Integer call() {
        ExportOptions options = new ExportOptions(out, RdfSyntax.parseList(formats), gzip, baseUrl, issuedDate());
        Exporter exporter = new Exporter(options);
        long start = System.nanoTime();
        ExportResult result;
        if (tdb2 != null) {
            DatasetGraph store = Tdb2Stores.openExisting(tdb2);
            result = Txn.calculateRead(store, () -> exporter.export(store.getDefaultGraph()));
        } else {
            result = exporter.export(Publication.load(home.layout()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter printer = spec.commandLine().getOut();
        for (DumpFile file : result.files()) {
            printer.printf("%-28s %,14d bytes%s%n", file.name(), file.bytes(),
                    file.triples() >= 0 && file.format() != null && file.part() != null
                            ? String.format(" %,12d triples", file.triples()) : "");
        }
        printer.printf("exported %,d triples to %s in %.1f s (%,.0f triples/s)%n", result.triples(), out, seconds,
                result.triples() / Math.max(seconds, 1e-9));
        printer.flush();
        return ExitCode.OK;
    }

    private LocalDate issuedDate() {
        if (issued != null) {
            try {
                return LocalDate.parse(issued);
            } catch (DateTimeParseException e) {
                throw Ai4sException.usage("--issued: not a date YYYY-MM-DD: " + issued);
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
