package org.ai4skg.server;

import org.unbescape.html.HtmlEscape;

/** HTML escaping for text and attribute values, by unbescape (the escaper Pebble's templates use). */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so that the value stays text in element content and in quoted attributes. */
    public static String escape(String value) {
        return HtmlEscape.escapeHtml4Xml(value);
    }
}
