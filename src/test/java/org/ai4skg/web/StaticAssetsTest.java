package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.ai4skg.server.PublicationServerExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages link the static files by versioned URLs, which may be cached for a year; the scripts are deferred. */
class StaticAssetsTest {

    @RegisterExtension
    static final PublicationServerExtension server = PublicationServerExtension.serving(WebFixture.HOME);

    static Document page(String path) {
        HttpResponse<String> response = server.get("/" + path, "Accept", "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), server.base() + path);
    }

    /** The first 12 hex digits of the SHA-256 of the file as the class path holds it. */
    static String contentHash(String name) throws Exception {
        try (InputStream in = StaticAssetsTest.class.getClassLoader()
                .getResourceAsStream(StaticServlet.FOLDER + name)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 6);
        }
    }

    @ParameterizedTest
    @CsvSource({"'', ai4s.css", "query, ai4s.css", "query, yasgui/yasgui.min.css", "query, yasgui/yasgui.min.js",
            "query, query.js", "resource/alphafold-3, ai4s.css", "timeline, ai4s.css"})
    void pagesLinkTheStaticFilesByTheirContentsVersion(String path, String asset) throws Exception {
        Document d = page(path);
        List<String> links = d.select("link[rel=stylesheet], script[src]").eachAttr("abs:" + attributeOf(asset));
        assertThat(links).contains(server.base() + "static/" + asset + "?v=" + contentHash(asset));
    }

    private static String attributeOf(String asset) {
        return asset.endsWith(".js") ? "src" : "href";
    }

    @Test
    void scriptsAreDeferredSoThePagePaintsFirst() {
        List<Element> scripts = page("query").select("script[src]");
        assertThat(scripts).isNotEmpty().allMatch(s -> s.hasAttr("defer"));
        assertThat(scripts.stream().map(s -> s.attr("src")).toList())
                .as("YASGUI before the script that uses it").satisfies(srcs -> {
                    assertThat(srcs.get(0)).contains("yasgui.min.js");
                    assertThat(srcs.get(srcs.size() - 1)).contains("query.js");
                });
    }

    @ParameterizedTest
    @CsvSource({"ai4s.css, text/css", "query.js, text/javascript", "yasgui/yasgui.min.js, text/javascript",
            "yasgui/yasgui.min.css, text/css"})
    void aVersionedFileIsCachedForAYearAndSaysItIsUtf8(String asset, String type) throws Exception {
        HttpResponse<String> versioned = server.get("/static/" + asset + "?v=" + contentHash(asset));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValue(StaticServlet.VERSIONED);
        assertThat(versioned.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""))
                .isEqualTo(type + ";charset=utf-8");

        String etag = versioned.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/static/" + asset + "?v=" + contentHash(asset), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @CsvSource({"ai4s.css, ''", "ai4s.css, ?v=000000000000", "query.js, ?v=", "query.js, ?other=1"})
    void anUnversionedOrOutdatedUrlIsCachedForAnHourOnly(String asset, String query) throws IOException {
        HttpResponse<String> response = server.get("/static/" + asset + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(StaticServlet.UNVERSIONED);
    }

    @Test
    void aMissingFileHasNoVersionAndIsNotFound() {
        assertThat(StaticAssets.version("nothing.js")).isNull();
        assertThat(StaticAssets.version("../templates/layout.peb")).isNull();
        assertThat(server.get("/static/nothing.js?v=000000000000").statusCode()).isEqualTo(404);
    }
}
