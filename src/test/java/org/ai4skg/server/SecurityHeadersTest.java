package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headers that keep pages from being framed, sniffed or made to load from elsewhere, on the real server. */
class SecurityHeadersTest {

    private static final List<String> HTML_PAGES = List.of("/", "/search?q=alpha", "/query", "/timeline",
            "/resource/alphafold-3", "/resource/alphafold-3.html", "/ontology", "/no-such-thing");
    private static final List<String> OTHER_ANSWERS = List.of("/resource/alphafold-3.ttl", "/static/ai4s.css",
            "/static/query.js", "/.well-known/void", "/context.jsonld", "/$/ping",
            "/sparql?query=" + PublicationServerExtension.encode("ASK {}"), "/sparql?query=nonsense");

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    @RegisterExtension
    static final PublicationServerExtension proxied = ServerFixture.serving().with(s -> s.withTrustProxy(true));

    @Test
    void everyPageAllowsOnlyThisSiteAndNoFraming() {
        for (String page : HTML_PAGES) {
            HttpResponse<String> response = server.get(page, "Accept", "text/html");
            assertThat(response.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page).contains("default-src 'self'", "script-src 'self';", "connect-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'").doesNotContain("*", "http");
            // Only the query editor's styles may be inline (YASGUI lays itself out so); never a script.
            assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).as(page).doesNotContain("unsafe");
            assertThat(policy.contains("unsafe-inline")).as(page).isEqualTo(page.equals("/query"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void everyAnswerSaysNosniff() {
        for (String path : concat(HTML_PAGES, OTHER_ANSWERS)) {
            assertThat(server.get(path).headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void strictTransportSecurityOnlyWhenATrustedProxySaysHttps() {
        assertThat(hsts(proxied.get("/", "X-Forwarded-Proto", "https"))).isTrue();
        assertThat(hsts(proxied.get("/resource/alphafold-3", "Forwarded", "proto=https;host=kg.example.org"))).isTrue();
        assertThat(hsts(proxied.get("/", "X-Forwarded-Proto", "http"))).isFalse();
        assertThat(hsts(proxied.get("/"))).isFalse();
        assertThat(hsts(server.get("/", "X-Forwarded-Proto", "https"))).isFalse();
        assertThat(hsts(server.get("/", "Forwarded", "proto=https"))).isFalse();
    }

    private static boolean hsts(HttpResponse<?> response) {
        return response.headers().firstValue("Strict-Transport-Security").isPresent();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
