package org.ai4skg.web;

/**
 * One value shown on a page: text (with its language and fallback mark), an optional link ({@code href}, with
 * {@code external} true when it leaves the site), and for dates the machine-readable {@code datetime}.
 */
public record Value(Text text, String href, boolean external, String datetime) {

    static Value text(Text text) {
        return new Value(text, null, false, null);
    }

    static Value link(Text text, String href) {
        return new Value(text, href, false, null);
    }

    static Value externalLink(Text text, String href) {
        return new Value(text, href, true, null);
    }

    static Value date(Text text, String datetime) {
        return new Value(text, null, false, datetime);
    }
}
