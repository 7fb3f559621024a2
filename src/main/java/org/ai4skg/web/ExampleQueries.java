package org.ai4skg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example queries of the gallery: files {@code NN-name.rq} whose header comments give {@code # title:} and
 * {@code # description:}, in file-name order.
 */
public final class ExampleQueries {

    private ExampleQueries() {
    }

    /** One example: its file name without {@code .rq}, title, description and full text. */
    public record Example(String name, String title, String description, String text) {
    }

    /** The examples of a folder; none if the folder is missing or null. */
    public static List<Example> load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
            List<Example> out = new ArrayList<>();
            for (Path f : sorted) {
                out.add(parse(f.getFileName().toString().replaceFirst("\\.rq$", ""),
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Example parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String c = l.substring(1).strip();
            if (c.regionMatches(true, 0, "title:", 0, 6)) {
                title = c.substring(6).strip();
            } else if (c.regionMatches(true, 0, "description:", 0, 12)) {
                description.append(c.substring(12).strip());
            }
        }
        if (title == null) {
            title = name.replaceFirst("^\\d+-", "").replace('-', ' ');
        }
        return new Example(name, title, description.toString(), text);
    }
}
