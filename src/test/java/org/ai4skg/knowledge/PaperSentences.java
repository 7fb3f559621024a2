package org.ai4skg.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of the paper cut into sentences and clauses, the unit a reader checks: all white space removed (the seed's
 * line breaks and letter spacing are the typesetting's, not the text's), the English abstracts at the end left out
 * (the first belongs to another paper, the second restates the Chinese one), then cut after {@code 。；？！■}.
 */
final class PaperSentences {

    /** A sentence and where it sits in the normalised text, [start, end). */
    record Sentence(int number, int start, int end, String text) {
    }

    private final String normalised;
    private final List<Sentence> sentences;

    PaperSentences(String seed) {
        int englishAbstract = seed.indexOf(" Abstract:");
        String chinese = englishAbstract < 0 ? seed : seed.substring(0, englishAbstract);
        this.normalised = normalise(chinese);
        this.sentences = cut(normalised);
    }

    /** The text without any white space (spaces, ideographic spaces, line breaks). */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    String normalised() {
        return normalised;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    private static List<Sentence> cut(String text) {
        List<Sentence> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。；？！■".indexOf(text.charAt(i)) >= 0) {
                add(result, text, start, i + 1);
                start = i + 1;
            }
        }
        add(result, text, start, text.length());
        return result;
    }

    private static void add(List<Sentence> result, String text, int start, int end) {
        if (end > start && !text.substring(start, end).matches("[。；？！■]*")) {
            result.add(new Sentence(result.size() + 1, start, end, text.substring(start, end)));
        }
    }
}
