package org.ai4skg.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/** The Pebble engine over {@code org/ai4skg/web/templates/*.peb}, with HTML autoescaping on. */
public final class Templates {

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("org/ai4skg/web/templates");
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /** Renders a page template with the common page context and the page's own model. */
    public String render(String template, Page page, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("page", page);
        context.put("t", page.t());
        StringWriter out = new StringWriter(8192);
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
