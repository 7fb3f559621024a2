package org.ai4skg.server;

import java.util.Arrays;

/** Reads samples out of the Prometheus text that {@code /$/metrics} answers. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The sum of the samples named {@code name} whose labels include every one of {@code labels}, each written as in
     * the text ({@code status="503"}); 0 when there is none.
     */
    public static double value(String text, String name, String... labels) {
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(label -> labelsOf(line).contains(label)))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Whether a sample named {@code name} is there at all. */
    public static boolean has(String text, String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    private static String labelsOf(String line) {
        int open = line.indexOf('{');
        int close = line.lastIndexOf('}');
        return open < 0 || close < open ? "" : line.substring(open, close + 1);
    }
}
