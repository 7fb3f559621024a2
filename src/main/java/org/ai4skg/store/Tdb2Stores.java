package org.ai4skg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ai4skg.failure.Ai4sException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** The one opener of TDB2 stores for the commands: existing stores for reading, new or existing ones for loading. */
public final class Tdb2Stores {

    private Tdb2Stores() {
    }

    /**
     * An existing TDB2 database.
     *
     * @throws Ai4sException (exit 3) when the folder is missing or holds no TDB2 database
     */
    public static DatasetGraph openExisting(Path folder) {
        if (!Files.exists(folder)) {
            throw Ai4sException.unreadable(folder + ": no such folder; expected a TDB2 store (made by ai4s load --tdb2)");
        }
        if (!Files.isDirectory(folder)) {
            throw Ai4sException.unreadable(folder + ": a file, not a folder; expected a TDB2 store (made by ai4s load --tdb2)");
        }
        if (!isDatabase(folder)) {
            throw Ai4sException.unreadable(folder + ": not a TDB2 store (no Data-0001 or tdb.lock in it); "
                    + "expected a folder made by ai4s load --tdb2");
        }
        return DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath().toString()));
    }

    /** A TDB2 database, created when the folder is missing or empty. */
    public static DatasetGraph openOrCreate(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw Ai4sException.unreadable(folder + ": a file, not a folder; expected a TDB2 store or a missing or empty folder");
            }
            if (Files.isDirectory(folder) && !isDatabase(folder) && !isEmpty(folder)) {
                throw Ai4sException.unreadable(folder + ": a folder with other files, not a TDB2 store; "
                        + "expected a TDB2 store or a missing or empty folder");
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw Ai4sException.unreadable(folder + ": cannot use the folder (" + e.getMessage() + ")", e);
        }
        return DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath().toString()));
    }

    private static boolean isDatabase(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("Data-") || f.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
