package org.ai4skg.server;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ai4skg.vocab.PreferredLabel;

/** The two languages of the pages. English is the default; Chinese by {@code Accept-Language} or {@code ?lang=zh}. */
public enum Lang {
    EN, ZH;

    /** The BCP 47 primary tag, {@code en} or {@code zh}: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other language. */
    public Lang other() {
        return this == EN ? ZH : EN;
    }

    /** True if a literal's language tag ({@code zh}, {@code zh-Hans}, {@code en-GB} ...) is this language. */
    public boolean matches(String languageTag) {
        return PreferredLabel.matches(languageTag, code());
    }

    /** {@code en} or {@code zh} (case-insensitive, region ignored), or null for anything else. */
    public static Lang parse(String value) {
        if (value == null) {
            return null;
        }
        for (Lang lang : values()) {
            if (lang.matches(value.trim())) {
                return lang;
            }
        }
        return null;
    }

    /** The query parameter {@code lang} wins; then the best of en/zh in {@code Accept-Language}; then English. */
    public static Lang negotiate(HttpServletRequest request) {
        Lang explicit = parse(request.getParameter("lang"));
        if (explicit != null) {
            return explicit;
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The language of highest q-value among en and zh in an {@code Accept-Language} header (ties: first listed). */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        Lang best = EN;
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces.length == 0) {
                continue; // ";" alone: no language range
            }
            Lang lang = parse(pieces[0]);
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (lang != null && q > 0 && q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }
}
