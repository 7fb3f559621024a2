package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of the parsers of what a client sends, over many random inputs from a seeded generator (the seed is in
 * each failure message; {@code -Dfuzz.seed=N} tries another): they never throw, and they answer within their range.
 * The same parsers are fuzzed, coverage-guided, by {@link RequestParsersFuzzTest}; this runs the same properties on
 * inputs built from each header's grammar, which random bytes reach rarely.
 */
class RequestParsersPropertyTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int RUNS = 20_000;
    static final List<RdfFormat> OFFERS = List.of(RdfFormat.values());

    @Test
    void acceptNegotiationNeverThrowsAndChoosesAnOfferOrNothing() {
        Random random = new Random(SEED);
        for (int i = 0; i < RUNS; i++) {
            String accept = header(random, List.of("text/html", "text/turtle", "application/ld+json", "*/*", "text/*",
                    "application/n-triples", "application/rdf+xml", "q=", ";", ",", "0.5", "1e400", "NaN", "-1", "*"));
            Optional<RdfFormat> chosen = Negotiation.choose(accept, OFFERS);
            assertThat(chosen.isEmpty() || OFFERS.contains(chosen.get())).as("seed %d, Accept: %s", SEED, accept).isTrue();
        }
        for (RdfFormat format : OFFERS) {
            assertThat(Negotiation.choose(format.mediaType(), OFFERS)).hasValue(format);
        }
    }

    @Test
    void languageNegotiationNeverThrowsAndAlwaysGivesALanguage() {
        Random random = new Random(SEED);
        for (int i = 0; i < RUNS; i++) {
            String header = header(random, List.of("zh", "en", "zh-CN", "en-GB", "de", "*", "q=", ";", ",", "0.9", "NaN",
                    "Infinity", "-0", "1e-400", "zh-Hans-CN"));
            assertThat(Lang.fromAcceptLanguage(header)).as("seed %d, Accept-Language: %s", SEED, header).isNotNull();
            String parameter = header(random, List.of("zh", "en", "ZH", " zh ", "zh-"));
            Lang parsed = Lang.parse(parameter);
            assertThat(parsed == null || parsed.matches(parameter.trim())).as("seed %d, lang=%s", SEED, parameter).isTrue();
        }
        assertThat(Lang.fromAcceptLanguage("de, zh;q=0.5, en;q=0.4")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage("zh;q=0, en;q=NaN")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage(";, zh")).as("a part that is only ';' (was a 500 on every page)").isEqualTo(Lang.ZH);
    }

    @Test
    void iriDecodingNeverThrowsAndRoundTripsWhatWasEncoded() {
        Random random = new Random(SEED);
        for (int i = 0; i < RUNS; i++) {
            String raw = header(random, List.of("%", "%%", "%zz", "%C0%AF", "%E0%80", "%FF", "%2F", "+", "%2B", "蛋白质", "a"));
            String decoded = DescriptionServlet.decode(raw);
            assertThat(decoded == null || !decoded.isEmpty() || raw.isEmpty()).as("seed %d, path: %s", SEED, raw).isTrue();
            String local = unicode(random);
            String encoded = URLEncoder.encode(local, StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(DescriptionServlet.decode(encoded)).as("seed %d, local name: %s", SEED, local).isEqualTo(local);
        }
    }

    /** Pieces of the header's grammar and printable garbage, joined at random. */
    private static String header(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> text.append(words.get(random.nextInt(words.size())));
                case 2 -> text.append(pick(random, List.of(",", ";", ";q=", " ", "=", "/", "\"", "*")));
                default -> text.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return text.toString();
    }

    /** Random code points from ASCII up to the supplementary planes (surrogates excluded). */
    private static String unicode(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(3)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> 0xa0 + random.nextInt(0xd7ff - 0xa0);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
