package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ai4skg.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that read a TDB2 store refuse, with exit 3 and one line naming the folder, anything that is not one. */
class Tdb2StoreRefusalsTest {

    @TempDir
    Path temp;

    private static void assertRefused(Run run, Path folder) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(folder.toString()).contains("TDB2 store");
    }

    private Path emptyFolder() throws IOException {
        return Files.createDirectories(temp.resolve("empty"));
    }

    private Path mistypedFolder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mistyped"));
        Files.writeString(folder.resolve("notes.txt"), "not a store");
        return folder;
    }

    private Path aFile() throws IOException {
        return Files.writeString(temp.resolve("file.txt"), "not a store");
    }

    @Test
    void queryRefusesAMissingEmptyMistypedFolderOrAFile() throws IOException {
        for (Path folder : new Path[] {temp.resolve("missing"), emptyFolder(), mistypedFolder(), aFile()}) {
            assertRefused(Run.ai4s("query", "--tdb2", folder.toString(), "SELECT * { ?s ?p ?o }"), folder);
        }
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void exportRefusesAMissingEmptyMistypedFolderOrAFile() throws IOException {
        for (Path folder : new Path[] {temp.resolve("missing"), emptyFolder(), mistypedFolder(), aFile()}) {
            assertRefused(Run.ai4s("export", "--tdb2", folder.toString(), "--out", temp.resolve("out").toString()),
                    folder);
        }
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void serveRefusesAMissingEmptyMistypedFolderOrAFile() throws IOException {
        for (Path folder : new Path[] {temp.resolve("missing"), emptyFolder(), mistypedFolder(), aFile()}) {
            assertRefused(Run.ai4s("serve", "--port", "0", "--tdb2", folder.toString()), folder);
        }
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void loadRefusesAMistypedFolderOrAFile() throws IOException {
        for (Path folder : new Path[] {mistypedFolder(), aFile()}) {
            assertRefused(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", folder.toString()), folder);
        }
    }

    @Test
    void loadCreatesAStoreInAMissingOrEmptyFolder() throws IOException {
        for (Path folder : new Path[] {temp.resolve("new"), emptyFolder()}) {
            Run run = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", folder.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Run.ai4s("query", "--tdb2", folder.toString(), "ASK { ?s ?p ?o }").exit()).isZero();
        }
    }
}
