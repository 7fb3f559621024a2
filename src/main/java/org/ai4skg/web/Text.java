package org.ai4skg.web;

/**
 * A piece of text from the data with its language, for templates: {@code fallback} is true when it is in the other
 * language than the page's (no label in the page's language), and {@code note} then says so.
 */
public record Text(String value, String lang, boolean fallback, String note) {

    /** Plain text in no particular language. */
    public static Text plain(String value) {
        return new Text(value, null, false, null);
    }

    @Override
    public String toString() {
        return value;
    }
}
