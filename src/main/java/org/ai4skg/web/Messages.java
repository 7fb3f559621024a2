package org.ai4skg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.ai4skg.server.Lang;

/** The user-interface strings in English and Chinese ({@code messages_en.properties}, {@code messages_zh.properties}). */
public final class Messages {

    private static final Map<Lang, Map<String, String>> BUNDLES = load();

    private Messages() {
    }

    /** All strings of a language, keyed as in the properties files; a key missing in Chinese falls back to English. */
    public static Map<String, String> of(Lang lang) {
        return BUNDLES.get(lang);
    }

    /** One string. */
    public static String get(Lang lang, String key) {
        return BUNDLES.get(lang).getOrDefault(key, key);
    }

    private static Map<Lang, Map<String, String>> load() {
        Map<Lang, Map<String, String>> bundles = new EnumMap<>(Lang.class);
        Map<String, String> en = read("en");
        bundles.put(Lang.EN, Collections.unmodifiableMap(en));
        Map<String, String> zh = new HashMap<>(en);
        zh.putAll(read("zh"));
        bundles.put(Lang.ZH, Collections.unmodifiableMap(zh));
        return bundles;
    }

    private static Map<String, String> read(String code) {
        String name = "messages_" + code + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
