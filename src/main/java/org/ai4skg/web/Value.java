package org.ai4skg.web;

import java.util.List;

/**
 * One value shown on a page: text (with its language and fallback mark), an optional link ({@code href}, with
 * {@code external} true when it leaves the site), for dates the machine-readable {@code datetime}, and the sources
 * given for the statement that holds it (statement-level provenance), if any.
 */
public record Value(Text text, String href, boolean external, String datetime, List<Value> sources) {

    static Value text(Text text) {
        return new Value(text, null, false, null, List.of());
    }

    static Value link(Text text, String href) {
        return new Value(text, href, false, null, List.of());
    }

    static Value externalLink(Text text, String href) {
        return new Value(text, href, true, null, List.of());
    }

    static Value date(Text text, String datetime) {
        return new Value(text, null, false, datetime, List.of());
    }

    /** The same value with the sources given for its statement. */
    Value withSources(List<Value> statementSources) {
        return new Value(text, href, external, datetime, statementSources);
    }
}
