package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forwarded headers change what a client gets only when a proxy in front is trusted ({@code ai4s serve --trust-proxy});
 * what shapes a cached answer is in its cache key and its {@code Vary}; {@code --host} chooses where the server listens.
 */
class TrustBoundariesTest {

    private static final String[] EVIL = {"X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
            "X-Forwarded-Prefix", "/evil", "Forwarded", "for=192.0.2.1;host=evil.example;proto=https"};
    private static final List<String> PAGES = List.of("/", "/search?q=alpha", "/query", "/timeline",
            "/resource/alphafold-3", "/resource/alphafold-3.html", "/ontology", "/no-such-thing");

    @RegisterExtension
    static final PublicationServerExtension untrusted = ServerFixture.serving();

    @RegisterExtension
    static final PublicationServerExtension trusted = ServerFixture.serving().with(s -> s.withTrustProxy(true));

    @Test
    void aForwardedHostFromAnUntrustedClientChangesNoLink() {
        for (String page : PAGES) {
            HttpResponse<String> response = untrusted.get(page, withAccept(EVIL));
            assertThat(response.body()).as(page).doesNotContain("evil");
            assertThat(response.headers().map().toString()).as(page).doesNotContain("evil");
        }
        HttpResponse<String> description = untrusted.get("/resource/alphafold-3", withAccept(EVIL));
        assertThat(Jsoup.parse(description.body()).select("main a[href]").eachAttr("href"))
                .anyMatch(href -> href.startsWith(untrusted.base() + "resource/google-deepmind"));
        assertThat(description.headers().firstValue("Content-Location")).contains(untrusted.base() + "resource/alphafold-3.html");
        String endpoint = untrusted.get("/.well-known/void", "Accept", "text/turtle", EVIL[0], EVIL[1]).body();
        assertThat(endpoint).doesNotContain("evil");
    }

    @Test
    void aPoisonedCacheAttemptLeavesThePagesOfOthersClean() {
        for (PublicationServerExtension server : List.of(untrusted, trusted)) {
            for (String page : PAGES) {
                server.get(page, withAccept("X-Forwarded-Host", "evil.example"));
                HttpResponse<String> plain = server.get(page, "Accept", "text/html");
                assertThat(plain.body()).as(page).doesNotContain("evil.example");
            }
        }
    }

    @Test
    void withTrustProxyTheForwardedHostIsUsedAndVaryNamesIt() {
        HttpResponse<String> response = trusted.get("/resource/alphafold-3", "Accept", "text/html",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "kg.example.org", "X-Forwarded-Prefix", "/ai4s");
        assertThat(Jsoup.parse(response.body()).select("main a[href]").eachAttr("href"))
                .anyMatch(href -> href.startsWith("https://kg.example.org/ai4s/resource/google-deepmind"));
        assertThat(response.headers().firstValue("Content-Location")).contains("https://kg.example.org/ai4s/resource/alphafold-3.html");
        assertThat(vary(response)).contains("x-forwarded-host", "x-forwarded-proto", "x-forwarded-prefix", "forwarded",
                "accept", "accept-language");
        for (String page : PAGES) {
            assertThat(vary(trusted.get(page, "Accept", "text/html"))).as(page).contains("x-forwarded-host", "forwarded");
        }
    }

    @Test
    void withTrustProxyAnRfc7239ForwardedHeaderIsUsed() {
        HttpResponse<String> response = trusted.get("/", "Accept", "text/html",
                "Forwarded", "for=192.0.2.1;host=kg.example.org;proto=https, for=10.0.0.1");
        assertThat(Jsoup.parse(response.body()).select("a[href]").eachAttr("href"))
                .anyMatch(href -> href.startsWith("https://kg.example.org/resource/"));
    }

    @Test
    void aForwardedHostThatIsNoHostIsIgnoredEvenFromATrustedProxy() {
        String body = trusted.get("/", "Accept", "text/html", "X-Forwarded-Host", "evil.example/\"><script>").body();
        assertThat(body).doesNotContain("evil.example");
    }

    @Test
    void byDefaultTheServerListensOnLoopbackOnly() {
        int port = untrusted.server().port();
        assertThat(connects("127.0.0.1", port)).isTrue();
        assertThat(connects("127.0.0.2", port)).isFalse();
    }

    @Test
    void hostBindsWhereAsked() {
        try (PublicationServerExtension elsewhere = ServerFixture.serving().with(s -> s.withHost("127.0.0.2")).start()) {
            int port = elsewhere.server().port();
            assertThat(connects("127.0.0.2", port)).isTrue();
            assertThat(connects("127.0.0.1", port)).isFalse();
            HttpResponse<String> page = elsewhere.send(elsewhere.request("http://127.0.0.2:" + port + "/$/ping").GET().build());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAddressThatIsNoneOfThisMachinesCannotBeListenedOn() {
        assertThatThrownBy(() -> ServerFixture.serving().with(s -> s.withHost("192.0.2.1")).start())
                .hasMessageContaining("cannot listen");
    }

    private static List<String> vary(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static String[] withAccept(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = "text/html";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private static boolean connects(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
