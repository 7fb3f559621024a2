package org.ai4skg.publication;

import java.nio.file.Path;

/** How a file is named in messages: relative to the working directory when it lies inside it, else as given. */
public final class DisplayPath {

    private DisplayPath() {
    }

    public static String of(Path file) {
        if (file.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            Path normal = file.normalize();
            if (normal.startsWith(cwd) && !normal.equals(cwd)) {
                return cwd.relativize(normal).toString();
            }
        }
        return file.toString();
    }
}
