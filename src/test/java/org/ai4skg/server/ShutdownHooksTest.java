package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Servers started and stopped in one JVM (as the tests do) leave nothing behind for the JVM's shutdown. */
class ShutdownHooksTest {

    @Test
    void aStoppedServerLeavesNoShutdownHookBehind() {
        for (int round = 0; round < 3; round++) {
            PublicationServer server;
            try (PublicationServerExtension started = PublicationServerExtension
                    .serving(PublicationServerExtension.fixture("server")).start()) {
                server = started.server();
                assertThat(server.stopsAtJvmShutdown()).as("running server %d is stopped at the JVM's shutdown", round)
                        .isTrue();
            }
            assertThat(server.stopsAtJvmShutdown()).as("stopped server %d is no longer held for the shutdown", round)
                    .isFalse();
        }
    }
}
