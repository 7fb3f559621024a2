package org.ai4skg.server;

import java.nio.file.Path;

/** The server tests' fixture layout ({@code fixtures/server}), served as {@code ai4s serve --dumps its/dumps} serves it. */
final class ServerFixture {
    static final Path HOME = PublicationServerExtension.fixture("server");
    static final Path DUMPS = HOME.resolve("dumps");

    private ServerFixture() {
    }

    /** The fixture with its own dumps folder (made by {@code ai4s export}) and its JSON-LD context. */
    static PublicationServerExtension serving() {
        return PublicationServerExtension.serving(HOME)
                .with(s -> s.withDumps(DUMPS).withContext(HOME.resolve("context.jsonld")));
    }
}
