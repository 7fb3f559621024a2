package org.ai4skg.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.failure.ExitKind;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Finds the RDF files named by a list of files and folders, in a stable (sorted) order. */
public final class RdfFiles {

    private RdfFiles() {
    }

    /**
     * The RDF files among {@code paths}: a file is taken as it is (its syntax chosen by its extension), a folder is
     * searched recursively for files with an RDF extension.
     *
     * @throws Ai4sException (exit 3) when a path does not exist or is not readable
     */
    public static List<Path> list(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw Ai4sException.unreadable(path + ": no such file or folder");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(RdfFiles::isRdf).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new Ai4sException(ExitKind.UNREADABLE_INPUT, path + ": " + e.getMessage(), e);
                } catch (UncheckedIOException e) {
                    throw new Ai4sException(ExitKind.UNREADABLE_INPUT, path + ": " + e.getCause().getMessage(), e);
                }
            } else if (!Files.isReadable(path)) {
                throw Ai4sException.unreadable(path + ": not readable");
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** True when the file name has an extension of an RDF syntax that Jena reads. */
    public static boolean isRdf(Path file) {
        return langOf(file) != null;
    }

    /** The RDF syntax of a file by its extension, or null. */
    public static Lang langOf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang) ? null : lang;
    }
}
