package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random requests to the running server: paths with percent-escapes, unicode and overlong segments, random methods,
 * garbage in the headers that shape an answer (Accept, Accept-Language, Range, If-None-Match, X-Forwarded-*), random
 * bodies. None may get a 5xx other than 503 or show a Java stack trace or exception class, and the server answers
 * {@code /$/ping} afterwards. The seed is fixed ({@code -Dfuzz.seed=N} to try another, {@code -Dfuzz.requests=N} for
 * more) and printed with the request on failure, so any failure can be replayed.
 */
class HttpFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 2500);
    static final Pattern TRACE = Pattern.compile("(\\b[a-z]\\w*\\.[a-z][\\w.]*\\.[A-Z]\\w*(Exception|Error)\\b)"
            + "|(\\n\\s+at [a-z][\\w.$]+\\()|(\\b\\w+Exception: )");

    static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "POST", "POST", "OPTIONS", "PUT", "DELETE",
            "PATCH", "TRACE", "CONNECT", "FOO", "get");
    static final List<String> PREFIXES = List.of("/", "/resource/", "/resource/alphafold-3", "/ontology", "/ontology.ttl",
            "/sparql", "/dumps/", "/dumps/void.ttl", "/dumps/ai4s-kg.ttl.gz", "/search", "/query", "/timeline",
            "/.well-known/void", "/context.jsonld", "/$/ping", "/$/metrics", "/static/", "/x/", "//", "/..", "/%2e%2e/");
    static final List<String> PARAMS = List.of("query", "q", "lang", "page", "format", "default-graph-uri", "timeout",
            "output", "callback", "offset");
    static final List<String> ACCEPTS = List.of("text/html", "text/turtle", "application/ld+json", "*/*",
            "application/sparql-results+json", "text/csv", "application/n-quads", "text/turtle;q=0.5, */*;q=0.1",
            "image/png", "text/*;q=abc", ";;;", "*/*;q=-1", "application/rdf+xml;q=1.5", "a/b/c", "text/html;level=1;q=0.9");
    static final List<String> QUERIES = List.of("SELECT * { ?s ?p ?o } LIMIT 3", "ASK { ?s ?p ?o }",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5", "DESCRIBE <https://w3id.org/ai4s-kg/resource/alphafold-3>",
            "SELECT * { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }", "SELECT (", "INSERT DATA { <a:b> <a:c> <a:d> }",
            "JSON { \"a\": ?s } WHERE { ?s ?p ?o } LIMIT 1", "SELECT * { ?s ?p ?o } ORDER BY ?o LIMIT 1 OFFSET 99999999999");

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withRequestLimits(new RequestLimits(8192, 2048, 4096)).withMaxRows(50).withMaxTriples(50));

    @Test
    void randomRequestsNeverGetA500OrAStackTraceAndTheServerStaysUp() {
        Random random = new Random(SEED);
        int port = server.server().port();
        for (int i = 0; i < REQUESTS; i++) {
            Request request = request(random);
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(port, request.head(), request.body());
            } catch (RuntimeException noAnswer) {
                throw new AssertionError(replay(i, request) + "\nno HTTP answer: " + noAnswer.getMessage(), noAnswer);
            }
            if (answer.status() >= 500 && answer.status() != 503) {
                fail(replay(i, request) + "\nanswered " + answer.status() + ":\n" + abbreviate(answer.body()));
            }
            if (TRACE.matcher(answer.body()).find() || TRACE.matcher(answer.headers()).find()) {
                fail(replay(i, request) + "\nshows a trace or exception class:\n" + abbreviate(answer.body()));
            }
        }
        RawHttp.Answer ping = RawHttp.send(port, "GET /$/ping HTTP/1.1\r\nHost: localhost");
        assertThat(ping.status()).as("seed " + SEED).isEqualTo(200);
    }

    private record Request(String head, byte[] body) {
    }

    private static String replay(int index, Request request) {
        return "seed " + SEED + " (-Dfuzz.seed=" + SEED + "), request #" + index + ":\n" + abbreviate(request.head())
                + (request.body() == null ? "" : "\n\n" + abbreviate(new String(request.body(), StandardCharsets.ISO_8859_1)));
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }

    static Request request(Random random) {
        String method = pick(random, METHODS);
        StringBuilder head = new StringBuilder(method).append(' ').append(pick(random, PREFIXES));
        if (random.nextInt(3) > 0) {
            head.append(segment(random));
        }
        if (random.nextBoolean()) {
            head.append('?').append(queryString(random));
        }
        head.append(" HTTP/1.1\r\nHost: ").append(random.nextInt(10) == 0 ? garbage(random, 20) : "localhost");
        header(random, head, "Accept", () -> random.nextInt(4) == 0 ? garbage(random, 40) : pick(random, ACCEPTS));
        header(random, head, "Accept-Language", () -> random.nextBoolean() ? pick(random, List.of("zh", "en", "zh-CN;q=0.9, en;q=0.8",
                "*", "de;q=2", ";q=", "zh;q=0.1, en;q=abc")) : garbage(random, 30));
        header(random, head, "Range", () -> pick(random, List.of("bytes=0-9", "bytes=99999999-", "bytes=9-2", "bytes=-5",
                "bytes=0-0,5-6,1-2", "bytes=abc", "lines=1-2", "bytes=" + "0-1,".repeat(200))) + (random.nextBoolean() ? "" : garbage(random, 5)));
        header(random, head, "If-None-Match", () -> random.nextBoolean() ? "\"" + garbage(random, 10) + "\"" : garbage(random, 15));
        header(random, head, "If-Modified-Since", () -> garbage(random, 20));
        header(random, head, "X-Forwarded-Host", () -> garbage(random, 25));
        header(random, head, "X-Forwarded-Proto", () -> pick(random, List.of("https", "http", "ftp", "", garbage(random, 6))));
        header(random, head, "X-Forwarded-Prefix", () -> "/" + garbage(random, 12));
        header(random, head, "X-Forwarded-For", () -> garbage(random, 20));
        header(random, head, "Forwarded", () -> "for=" + garbage(random, 10) + ";host=" + garbage(random, 10));
        header(random, head, "Origin", () -> "http://" + garbage(random, 10));
        byte[] body = null;
        if ("POST".equals(method) || random.nextInt(10) == 0) {
            String type = pick(random, List.of("application/x-www-form-urlencoded", "application/sparql-query",
                    "application/sparql-update", "multipart/form-data; boundary=x", "text/plain", garbage(random, 10)));
            body = body(random, type);
            head.append("\r\nContent-Type: ").append(type).append("\r\nContent-Length: ").append(body.length);
        }
        return new Request(head.toString(), body);
    }

    private static void header(Random random, StringBuilder head, String name, java.util.function.Supplier<String> value) {
        if (random.nextInt(3) == 0) {
            head.append("\r\n").append(name).append(": ").append(value.get());
        }
    }

    private static String segment(Random random) {
        StringBuilder segment = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(8)) {
                case 0 -> segment.append("%").append(hex(random)).append(hex(random));
                case 1 -> segment.append(pick(random, List.of("%", "%%", "%zz", "%C0%AF", "%E0%80", "%FF", "%00", "%2F", "%u0041")));
                case 2 -> segment.append(java.net.URLEncoder.encode(pick(random, List.of("蛋白质", "é", "😀", "Ω")), StandardCharsets.UTF_8));
                case 3 -> segment.append(pick(random, List.of("蛋白质", "é", "\u0000", "\u007f")));
                case 4 -> segment.append("a".repeat(random.nextInt(4) == 0 ? 3000 + random.nextInt(6000) : 1 + random.nextInt(300)));
                case 5 -> segment.append(pick(random, List.of("..", "/", "//", ".", ";x=1", "+", " ", "#")));
                case 6 -> segment.append(pick(random, List.of(".ttl", ".jsonld", ".nt", ".rdf", ".html", ".xyz", ".gz")));
                default -> segment.append(garbage(random, 8));
            }
        }
        return segment.toString();
    }

    private static String queryString(Random random) {
        StringBuilder query = new StringBuilder();
        int params = 1 + random.nextInt(3);
        for (int p = 0; p < params; p++) {
            if (p > 0) {
                query.append(random.nextBoolean() ? "&" : ";");
            }
            query.append(pick(random, PARAMS)).append('=');
            switch (random.nextInt(5)) {
                case 0 -> query.append(java.net.URLEncoder.encode(pick(random, QUERIES), StandardCharsets.UTF_8));
                case 1 -> query.append(pick(random, List.of("-1", "0", "1", "2", "2147483647", "4294968", "2147483648", "99999999999999999999", "1e3", "zh", "json", "")));
                case 2 -> query.append(pick(random, List.of("%%%", "%E0%80", "%ff%fe", "%", "%2", "%G1")));
                case 3 -> query.append("x".repeat(random.nextInt(3000)));
                default -> query.append(garbage(random, 20));
            }
        }
        return query.toString();
    }

    private static byte[] body(Random random, String type) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] text = switch (random.nextInt(4)) {
            case 0 -> (type.startsWith("application/x-www") ? "query=" + java.net.URLEncoder.encode(pick(random, QUERIES), StandardCharsets.UTF_8)
                    : pick(random, QUERIES)).getBytes(StandardCharsets.UTF_8);
            case 1 -> ("query=" + pick(random, List.of("%%%", "%E0%80", "%ff", "a%2"))).getBytes(StandardCharsets.US_ASCII);
            case 2 -> {
                byte[] bytes = new byte[random.nextInt(random.nextInt(8) == 0 ? 6000 : 200)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> garbage(random, 100).getBytes(StandardCharsets.UTF_8);
        };
        body.writeBytes(text);
        return body.toByteArray();
    }

    /** Printable ASCII with the characters that break parsers: quotes, semicolons, commas, percent, angle brackets. */
    private static String garbage(Random random, int maxLength) {
        String alphabet = "abcXYZ019 ;,=\"'%<>*/.-_+:@!?&()[]{}\\|~`q";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static char hex(Random random) {
        return "0123456789ABCDEFabcdefgz".charAt(random.nextInt(24));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
