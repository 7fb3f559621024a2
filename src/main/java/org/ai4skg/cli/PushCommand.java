package org.ai4skg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.ai4skg.push.GraphStorePusher;
import org.ai4skg.push.PushSummary;
import org.ai4skg.push.PushTarget;
import org.ai4skg.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ai4s push}: validates, then publishes into a SPARQL Graph Store Protocol endpoint in batches. */
@Command(name = "push",
        description = "Validate, then publish the publication into any SPARQL 1.1 Graph Store Protocol endpoint "
                + "(Fuseki, GraphDB, Virtuoso, Oxigraph, QLever...) in bounded batches.")
final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data.")
    String endpoint;

    @Option(names = "--graph", paramLabel = "IRI", description = "Target named graph (default: the default graph).")
    String graph;

    @Option(names = "--replace", description = "Replace the target graph's content instead of adding to it.")
    boolean replace;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the password (never on the command line).")
    String passwordEnv;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50000",
            description = "Triples per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-validate", description = "Push without validating against the shapes first.")
    boolean noValidate;

    @Override
    public Integer call() {
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw Ai4sException.usage("--password-env: the environment variable " + passwordEnv + " is not set");
            }
        }
        if (batchSize < 1) {
            throw Ai4sException.usage("--batch-size must be at least 1");
        }
        Layout layout = home.layout();
        if (!noValidate) {
            Validator.validate(layout).requireConforms("nothing pushed");
        }
        Publication publication = Publication.load(layout);
        PushTarget target = new PushTarget(endpoint, graph, user, password);
        PushSummary summary = new GraphStorePusher(target).push(publication.all(), replace, batchSize);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("pushed %,d triples to %s in %d request%s, %.1f s (%,.0f triples/s)%n", summary.triples(), target,
                summary.requests(), summary.requests() == 1 ? "" : "s", summary.elapsed().toNanos() / 1e9,
                summary.triplesPerSecond());
        out.flush();
        return ExitCode.OK;
    }
}
