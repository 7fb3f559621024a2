package org.ai4skg.web;

import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;

/**
 * What every page shows around its content: language, UI strings, navigation links, the language switcher, the
 * title, {@code <link rel="alternate">} entries and the canonical URL.
 */
public record Page(Lang lang, Map<String, String> t, Links links, String title, String canonical,
                   String switchEn, String switchZh, List<Alternate> alternates) {

    /** An alternate representation of the page ({@code <link rel="alternate" type=... href=...>}). */
    public record Alternate(String type, String href, String name) {
    }

    /**
     * @param pathAndQuery the page's path and query relative to the base URL (e.g. {@code search?q=x}), for the switcher
     */
    static Page of(Lang lang, Links links, String title, String pathAndQuery, List<Alternate> alternates) {
        String here = links.base() + pathAndQuery;
        String canonical = here.contains("?") ? here.substring(0, here.indexOf('?')) : here;
        return new Page(lang, Messages.of(lang), links, title, canonical,
                Links.withLang(here, Lang.EN), Links.withLang(here, Lang.ZH), alternates);
    }

    /** The page's language code for {@code <html lang>}. */
    public String code() {
        return lang.code();
    }

    /** A link to a site path ({@code search}, {@code query} ...) keeping the chosen language. */
    public String href(String path) {
        return links.to(path);
    }

    /** The language code carried in links and forms ({@code ?lang=}), or null. */
    public String sticky() {
        return links.stickyLang() == null ? null : links.stickyLang().code();
    }

    /** The versioned URL of a static file, e.g. {@code asset('ai4s.css')}: {@code http://localhost:3030/static/ai4s.css?v=1a2b3c4d5e6f}. */
    public String asset(String name) {
        return StaticAssets.url(links.base(), name);
    }

    /** The base URL, e.g. {@code http://localhost:3030/}. */
    public String base() {
        return links.base();
    }
}
