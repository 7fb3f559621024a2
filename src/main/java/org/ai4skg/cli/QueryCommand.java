package org.ai4skg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.ai4skg.query.QueryRunner;
import org.ai4skg.query.QuerySource;
import org.ai4skg.query.ResultFormat;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ai4s query}: runs SPARQL against the files, a TDB2 database or an endpoint. */
@Command(name = "query",
        description = "Run a SPARQL query against the repository's files (default), a TDB2 database or a remote endpoint. "
                + "SELECT/ASK print a table or a result format, CONSTRUCT/DESCRIBE print RDF.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    static final class Target {
        @Option(names = "--tdb2", paramLabel = "DIR", description = "Query this TDB2 database.")
        Path tdb2;

        @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint.")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table|csv|tsv|json|xml for SELECT/ASK (default table); ttl|nt|jsonld for CONSTRUCT/DESCRIBE (default ttl).")
    String format;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from this file.")
    Path file;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The SPARQL query text.")
    String text;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat = format == null ? null : ResultFormat.parse(format);
        Query query = QueryRunner.parse(queryText());
        QuerySource source = target != null && target.tdb2 != null ? new QuerySource.Tdb2(target.tdb2)
                : target != null && target.endpoint != null ? new QuerySource.Endpoint(target.endpoint)
                : new QuerySource.Files(home.layout());
        OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                .setCharset(StandardCharsets.UTF_8).get();
        QueryRunner.run(query, source, resultFormat, out);
        out.flush();
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private String queryText() {
        if (file != null && text != null) {
            throw Ai4sException.usage("give the query either as text or with --file, not both");
        }
        if (file == null && text == null) {
            throw Ai4sException.usage("no query: give it as text or with --file FILE");
        }
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Ai4sException(ExitKind.UNREADABLE_INPUT, file + ": cannot read the query (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(file.toString()) ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
