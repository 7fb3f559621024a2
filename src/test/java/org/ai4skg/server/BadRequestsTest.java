package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every bad request gets a 4xx with one short line of plain text: never a 500, a stack trace or an HTML page. */
class BadRequestsTest {
    static final RequestLimits LIMITS = new RequestLimits(4096, 1024, 2048);
    static final String FORM = "Content-Type: application/x-www-form-urlencoded";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving().with(s -> s.withRequestLimits(LIMITS));

    @Test
    void aFormBodyWithBadPercentEncodingIs400() {
        assertPlain(post(FORM, "query=%%%".getBytes(StandardCharsets.US_ASCII)), 400);
    }

    @Test
    void aFormBodyWithInvalidUtf8Is400() {
        assertPlain(post(FORM, new byte[] {'q', 'u', 'e', 'r', 'y', '=', (byte) 0xff, (byte) 0xfe}), 400);
    }

    @Test
    void aQueryStringWithBadPercentEncodingIs400() {
        assertPlain(get("/sparql?query=%%%"), 400);
        assertPlain(get("/search?q=%E0%80"), 400);
    }

    @Test
    void aPathWithBadPercentEncodingIs400() {
        assertPlain(get("/resource/%%%"), 400);
        assertPlain(get("/resource/%C0%AF"), 400);
        assertPlain(get("/%zz"), 400);
    }

    @Test
    void aGetTypedAsASparqlQueryBodyWithoutAQueryIs400() {
        RawHttp.Answer answer = RawHttp.send(server.server().port(),
                "GET /sparql?output=json HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("null");
        RawHttp.Answer typed = RawHttp.send(server.server().port(), "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/sparql-query\r\nAccept: application/sparql-results+json");
        assertThat(typed.status()).isEqualTo(200);
        assertThat(typed.body()).contains("true");
    }

    @Test
    void aPageNumberWhoseStartOverflowsIsNotFound() {
        for (String page : new String[] {"2147483647", "4294968"}) {
            RawHttp.Answer answer = get("/resource/alphafold-3?page=" + page);
            assertThat(answer.status()).as(page + ": " + answer.body()).isEqualTo(404);
        }
    }

    @Test
    void oversizedHeadersAre431() {
        assertPlain(RawHttp.send(server.server().port(), "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(5000)), 431);
    }

    @Test
    void anOversizedQueryStringIs413() {
        assertPlain(get("/sparql?query=" + "a".repeat(2000)), 413);
    }

    @Test
    void anOversizedBodyIs413WithOrWithoutALength() {
        byte[] big = ("query=" + "a".repeat(3000)).getBytes(StandardCharsets.US_ASCII);
        assertPlain(post(FORM, big), 413);
        assertPlain(post("Content-Type: application/sparql-query", big), 413);
        assertPlain(postChunked("Content-Type: application/sparql-query", big), 413);
        assertPlain(postChunked(FORM, big), 413);
    }

    @Test
    void aSmallBodyWithoutALengthIsAnswered() {
        RawHttp.Answer answer = postChunked("Content-Type: application/sparql-query\r\nAccept: application/sparql-results+json",
                SparqlProtocolTest.SELECT.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("AlphaFold 3");
    }

    @Test
    void unsupportedMethodsAre405WithTheAllowedOnes() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND"}) {
            RawHttp.Answer answer = RawHttp.send(server.server().port(), method + " /sparql HTTP/1.1\r\nHost: localhost");
            assertPlain(answer, 405);
            assertThat(answer.hasHeader("Allow", BadRequestFilter.ALLOW)).as(method).isTrue();
        }
    }

    @Test
    void aRangeBeyondADumpIs416() {
        assertPlain(RawHttp.send(server.server().port(), "GET /dumps/void.ttl HTTP/1.1\r\nHost: localhost\r\nRange: bytes=99999999-"), 416);
        assertPlain(RawHttp.send(server.server().port(), "GET /dumps/void.ttl HTTP/1.1\r\nHost: localhost\r\nRange: bytes=9-2"), 416);
    }

    @Test
    void goodRequestsStillPass() {
        assertThat(get("/$/ping").status()).isEqualTo(200);
        assertThat(post(FORM, ("query=" + PublicationServerExtension.encode(SparqlProtocolTest.SELECT))
                .getBytes(StandardCharsets.US_ASCII)).body()).contains("AlphaFold 3");
        assertThat(RawHttp.send(server.server().port(), "GET /dumps/void.ttl HTTP/1.1\r\nHost: localhost\r\nRange: bytes=0-9").status())
                .isEqualTo(206);
    }

    static void assertPlain(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.headers() + "\n\n" + answer.body()).isEqualTo(status);
        assertThat(answer.hasHeader("Content-Type", "text/plain")).as(answer.headers()).isTrue();
        assertThat(answer.body()).startsWith(Integer.toString(status)).hasLineCount(1).hasSizeLessThan(300)
                .doesNotContain("Exception", "<html", "\tat ");
    }

    private static RawHttp.Answer get(String target) {
        return RawHttp.send(server.server().port(), "GET " + target + " HTTP/1.1\r\nHost: localhost");
    }

    private static RawHttp.Answer post(String headers, byte[] body) {
        return RawHttp.send(server.server().port(), "POST /sparql HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "\r\nContent-Length: " + body.length, body);
    }

    private static RawHttp.Answer postChunked(String headers, byte[] body) {
        byte[] head = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunked = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, chunked, 0, head.length);
        System.arraycopy(body, 0, chunked, head.length, body.length);
        System.arraycopy(tail, 0, chunked, head.length + body.length, tail.length);
        return RawHttp.send(server.server().port(), "POST /sparql HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "\r\nTransfer-Encoding: chunked", chunked);
    }
}
