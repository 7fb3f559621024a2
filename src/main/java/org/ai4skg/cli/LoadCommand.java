package org.ai4skg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.RdfFiles;
import org.ai4skg.load.LoadSummary;
import org.ai4skg.load.Tdb2Loader;
import org.ai4skg.store.StoreSummary;
import org.ai4skg.store.Tdb2Stores;
import org.ai4skg.web.SearchIndex;
import org.ai4skg.validate.Validator;
import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ai4s load}: validates, then loads into a TDB2 database in one transaction. */
@Command(name = "load",
        description = "Validate, then load the publication (or the given files) into a TDB2 database in one transaction: "
                + "all or nothing; then count and index it once for serve --tdb2 (" + StoreSummary.FILE + " and "
                + SearchIndex.FOLDER + "/ beside the store).")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--tdb2", paramLabel = "DIR", required = true,
            description = "The TDB2 database folder (created when missing).")
    Path tdb2;

    @Option(names = "--no-validate", description = "Load without validating against the shapes first.")
    boolean noValidate;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "RDF files or folders to load (default: the repository's ontology/ and data/).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        Layout layout = home.layout();
        List<Path> files = RdfFiles.list(paths.isEmpty() ? List.of(layout.ontology(), layout.data()) : paths);
        if (!noValidate) {
            validate(layout, files);
        }
        DatasetGraph store = Tdb2Stores.openOrCreate(tdb2);
        LoadSummary summary;
        try (ProgressDisplay progress = ProgressDisplay.create(spec.commandLine().getErr(), "load")) {
            summary = Tdb2Loader.load(store, files, progress);
        }
        // Counted once here, so that serve --tdb2 starts without reading the whole store.
        StoreSummary.recount(tdb2, store);
        SearchIndex.writeBeside(tdb2, store);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("loaded %,d triples from %d file%s into %s in %.1f s (%,.0f triples/s); the store holds %,d triples%n",
                summary.triples(), files.size(), files.size() == 1 ? "" : "s", tdb2, summary.elapsed().toNanos() / 1e9,
                summary.triplesPerSecond(), summary.storeSize());
        out.flush();
        return ExitCode.OK;
    }

    private void validate(Layout layout, List<Path> files) {
        List<Path> checked = new ArrayList<>();
        if (!paths.isEmpty()) {
            // The given files are checked together with the vocabulary they use.
            checked.add(layout.ontology());
        }
        checked.addAll(files);
        Validator.validate(checked, List.of(layout.shapes())).requireConforms("nothing loaded");
    }
}
