package org.ai4skg.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Proactive content negotiation as RFC 9110 §12.5.1 describes it, over Jena's {@code Accept} parser: each offer gets the
 * quality of the most specific range that matches it; {@code q=0} means "not acceptable"; the best quality wins, ties
 * go to the earlier offer. Unlike {@code ConNeg.chooseContentType}, nothing acceptable gives an empty answer (a 406).
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The format the {@code Accept} header prefers; a missing or blank header accepts anything. */
    public static Optional<RdfFormat> choose(String accept, List<RdfFormat> offers) {
        return choose(accept, offers, RdfFormat::mediaType);
    }

    /** The offer, known by its media type, the {@code Accept} header prefers; a missing or blank header accepts anything. */
    public static <T> Optional<T> choose(String accept, List<T> offers, Function<T, String> mediaType) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException unparseable) {
            return offers.stream().findFirst();
        }
        T best = null;
        double bestQ = 0;
        for (T offer : offers) {
            double q = quality(ranges, MediaType.create(mediaType.apply(offer)));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific matching range gives this type, 0 when none matches. */
    static double quality(List<MediaRange> ranges, MediaType type) {
        MediaRange chosen = null;
        for (MediaRange range : ranges) {
            if (range.accepts(type) && (chosen == null || specificity(range) > specificity(chosen))) {
                chosen = range;
            }
        }
        return chosen == null ? 0 : chosen.get_q();
    }

    private static int specificity(MediaRange range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }
}
