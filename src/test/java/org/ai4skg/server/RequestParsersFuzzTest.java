package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.http.ByteRange;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Coverage-guided fuzzing (Jazzer) of every parser of what a client sends, each with the property that makes it safe:
 * it never throws what the server does not map to a {@code 4xx}, and its answer stays in its range. A plain build runs
 * each over its kept inputs ({@code RequestParsersFuzzTestInputs/<method>/}, the inputs that once broke something or
 * reach a corner); {@code JAZZER_FUZZ=1 mvn test -Dtest=RequestParsersFuzzTest} fuzzes one method at a time.
 */
class RequestParsersFuzzTest {
    private static final List<RdfFormat> OFFERS = List.of(RdfFormat.values());
    private static final Pattern SAFE_BASE_URL = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+(/[A-Za-z0-9._~\\-/]*)?/");

    @FuzzTest(maxDuration = "30s")
    void acceptChoosesOneOfTheOffersOrNothing(FuzzedDataProvider data) {
        String accept = data.consumeRemainingAsString();
        Optional<RdfFormat> chosen = Negotiation.choose(accept, OFFERS);
        assertThat(chosen.isEmpty() || OFFERS.contains(chosen.get())).as("Accept: %s", accept).isTrue();
    }

    @FuzzTest(maxDuration = "30s")
    void acceptLanguageAndLangAlwaysGiveALanguageTheyName(FuzzedDataProvider data) {
        String parameter = data.consumeString(16);
        String header = data.consumeRemainingAsString();
        assertThat(Lang.fromAcceptLanguage(header)).as("Accept-Language: %s", header).isNotNull();
        Lang parsed = Lang.parse(parameter);
        assertThat(parsed == null || parsed.matches(parameter.trim())).as("lang=%s", parameter).isTrue();
    }

    @FuzzTest(maxDuration = "30s")
    void iriDecodingGivesTheNameOrNothingAndRoundTrips(FuzzedDataProvider data) {
        String raw = data.consumeString(256);
        String decoded = DescriptionServlet.decode(raw);
        assertThat(decoded == null || !decoded.isEmpty() || raw.isEmpty()).as("path: %s", raw).isTrue();
        String local = data.consumeRemainingAsString();
        if (local.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            String encoded = URLEncoder.encode(local, StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(DescriptionServlet.decode(encoded)).as("local name: %s", local).isEqualTo(local);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pageParameterIsAPageOrNoPage(FuzzedDataProvider data) {
        String parameter = data.consumeRemainingAsString();
        int page = DescriptionServlet.pageNumber(parameter);
        assertThat(page).as("page=%s", parameter).isGreaterThanOrEqualTo(-1);
        if (parameter.matches("[1-9][0-9]{0,8}")) {
            assertThat(page).isEqualTo(Integer.parseInt(parameter));
        }
    }

    /** The {@code Range} header of a dump: every range it grants lies inside the file, and a bad one grants none. */
    @FuzzTest(maxDuration = "30s")
    void rangesLieInsideTheFile(FuzzedDataProvider data) {
        long length = data.consumeLong(0, 1L << 40);
        List<String> headers = new ArrayList<>();
        int count = data.consumeInt(1, 3);
        for (int i = 0; i < count; i++) {
            headers.add(data.consumeString(128));
        }
        for (ByteRange range : ByteRange.parse(headers, length)) {
            assertThat(range.first()).as("Range: %s of %d bytes", headers, length).isBetween(0L, length - 1);
            assertThat(range.last()).as("Range: %s of %d bytes", headers, length).isBetween(range.first(), length - 1);
        }
    }

    /**
     * A form body or query string ({@code query=...&default-graph-uri=...}) decodes or fails with the exception that
     * {@link BadRequestFilter} turns into {@code 400}; nothing else escapes.
     */
    @FuzzTest(maxDuration = "30s")
    void formsDecodeOrAreRefusedAsBadRequests(FuzzedDataProvider data) {
        String form = data.consumeRemainingAsString();
        MultiMap<String> parameters = new MultiMap<>();
        try {
            UrlEncoded.decodeTo(form, parameters, StandardCharsets.UTF_8, 1000);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return;
        }
        parameters.values().forEach(values -> assertThat(values).doesNotContainNull());
    }

    /**
     * With a trusted proxy, whatever its {@code Forwarded} and {@code X-Forwarded-*} headers hold, the base URL of the
     * links is a plain http(s) URL: no quote, angle bracket, space or other character that could break out of a link.
     */
    @FuzzTest(maxDuration = "30s")
    void forwardedHeadersNeverBreakTheBaseUrl(FuzzedDataProvider data) {
        Map<String, String> headers = Map.of(
                "Forwarded", data.consumeString(128),
                "X-Forwarded-Proto", data.consumeString(16),
                "X-Forwarded-Host", data.consumeString(64),
                "X-Forwarded-Prefix", data.consumeString(64),
                "X-Forwarded-For", data.consumeString(64),
                "Host", data.consumeRemainingAsString());
        HttpServletRequest request = request(headers);
        String base = BaseUrl.of(null, true).of(request);
        assertThat(base).as("headers %s", headers).matches(SAFE_BASE_URL);
        assertThat(BaseUrl.of(null, true).client(request)).hasSizeLessThanOrEqualTo(64);
    }

    /** A request that has only these headers, on http://127.0.0.1:3030 from 127.0.0.1. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestParsersFuzzTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getScheme" -> "http";
                    case "getServerName", "getRemoteAddr" -> "127.0.0.1";
                    case "getServerPort" -> 3030;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
