package org.ai4skg.web;

import java.util.List;

/**
 * One value shown on a page: text (with its language and fallback mark), an optional link ({@code href}, with
 * {@code external} true when it leaves the site), for dates the machine-readable {@code datetime}, and what the
 * source's reified statements say of the statement that holds it, if anything: the sources given for it
 * (statement-level provenance), the time it holds ({@code asOf}, as Wikidata's "point in time" qualifier), and
 * whether a later statement updates it ({@code updatedSince}).
 */
public record Value(Text text, String href, boolean external, String datetime, List<Value> sources,
                    List<Value> asOf, boolean updatedSince) {

    static Value text(Text text) {
        return new Value(text, null, false, null, List.of(), List.of(), false);
    }

    static Value link(Text text, String href) {
        return new Value(text, href, false, null, List.of(), List.of(), false);
    }

    static Value externalLink(Text text, String href) {
        return new Value(text, href, true, null, List.of(), List.of(), false);
    }

    static Value date(Text text, String datetime) {
        return new Value(text, null, false, datetime, List.of(), List.of(), false);
    }

    /** The same value with the sources given for its statement. */
    Value withSources(List<Value> statementSources) {
        return new Value(text, href, external, datetime, statementSources, asOf, updatedSince);
    }

    /** The same value with the time its statement holds, and whether a later statement updates it. */
    Value withTime(List<Value> pointsInTime, boolean updated) {
        return new Value(text, href, external, datetime, sources, pointsInTime, updated);
    }
}
