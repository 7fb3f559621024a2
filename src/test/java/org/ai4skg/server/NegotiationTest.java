package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NegotiationTest {
    static final List<RdfFormat> ALL = List.of(RdfFormat.values());

    @Test
    void noOrUnreadableHeaderAcceptsAnything() {
        assertThat(Negotiation.choose(null, ALL)).hasValue(RdfFormat.TURTLE);
        assertThat(Negotiation.choose("  ", ALL)).hasValue(RdfFormat.TURTLE);
    }

    @Test
    void theMostSpecificRangeDecidesTheQuality() {
        assertThat(Negotiation.choose("*/*;q=0.9, text/turtle;q=0.1", ALL)).hasValue(RdfFormat.HTML);
        assertThat(Negotiation.choose("text/*;q=0.5, text/html;q=0.2", ALL)).hasValue(RdfFormat.TURTLE);
        assertThat(Negotiation.choose("application/rdf+xml;q=0.4, application/*;q=0.3", ALL)).hasValue(RdfFormat.RDFXML);
    }

    @Test
    void zeroQualityExcludesAndNothingLeftIsEmpty() {
        assertThat(Negotiation.choose("text/turtle;q=0", List.of(RdfFormat.TURTLE))).isEmpty();
        assertThat(Negotiation.choose("application/xml", ALL)).isEmpty();
        assertThat(Negotiation.choose("text/html;q=0, */*", ALL)).hasValue(RdfFormat.TURTLE);
        assertThat(Negotiation.choose("text/turtle;q=0, */*", ALL)).hasValue(RdfFormat.HTML);
    }
}
