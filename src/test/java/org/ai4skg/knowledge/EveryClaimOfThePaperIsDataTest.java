package org.ai4skg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ai4skg.export.JsonLdContext;
import org.ai4skg.knowledge.PaperClaims.Claim;
import org.ai4skg.knowledge.PaperSentences.Sentence;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper read sentence by sentence ({@code queries/claims/}): every claim quotes words that occur once in the paper,
 * its {@code ASK} query holds on the publication, and every sentence of the paper is read: at least half of its words
 * are quoted by claims, or by blocks that say why they state nothing the graph should hold.
 */
class EveryClaimOfThePaperIsDataTest {

    private static final Layout LAYOUT = Layout.fromEnvironment();
    private static final Path SEED = Path.of("..", "shared", "seed", "000_29730bea329bc1b5.txt");
    private static final String GRAPH_NAMESPACE = "https://w3id.org/ai4s-kg/";

    private static PaperSentences paper;
    private static List<Claim> claims;
    private static Model publication;

    @BeforeAll
    static void read() throws IOException {
        paper = new PaperSentences(Files.readString(SEED, StandardCharsets.UTF_8));
        claims = PaperClaims.read(LAYOUT.queries().resolve("claims"));
        publication = ModelFactory.createModelForGraph(Publication.load(LAYOUT).all());
    }

    @Test
    void everyBlockHasAnIdTheWordsOfThePaperAndEitherAClaimWithItsQueryOrAReason() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.id() == null || !ids.add(claim.id())) {
                problems.add(claim.where() + ": no id, or an id used twice");
            }
            if (claim.paper() == null || claim.paper().isBlank()) {
                problems.add(claim.where() + ": no paper: line");
            }
            boolean claimWithQuery = claim.says() != null && claim.ask() != null && claim.none() == null;
            boolean reasonOnly = claim.none() != null && claim.says() == null && claim.ask() == null;
            if (!claimWithQuery && !reasonOnly) {
                problems.add(claim.where() + ": needs says: and an ASK query, or none: alone");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyClaimQuotesWordsThatOccurOnceInThePaper() {
        List<String> problems = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.paper() == null) {
                continue;
            }
            String words = PaperSentences.normalise(claim.paper());
            int first = paper.normalised().indexOf(words);
            if (first < 0) {
                problems.add(claim.where() + ": not in the paper: " + claim.paper());
            } else if (paper.normalised().indexOf(words, first + 1) >= 0) {
                problems.add(claim.where() + ": occurs more than once in the paper (quote more): " + claim.paper());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyClaimHoldsInTheGraph() {
        String prefixes = prefixDeclarations();
        List<String> problems = new ArrayList<>();
        for (Claim claim : claims) {
            if (!claim.statesSomething() || claim.ask() == null) {
                continue;
            }
            Query query;
            try {
                query = QueryFactory.create(prefixes + claim.ask());
            } catch (QueryParseException e) {
                problems.add(claim.where() + ": " + e.getMessage());
                continue;
            }
            if (!query.isAskType()) {
                problems.add(claim.where() + ": not an ASK query");
                continue;
            }
            if (!query.toString().contains(GRAPH_NAMESPACE)) {
                problems.add(claim.where() + ": the query names nothing of the graph");
                continue;
            }
            try (QueryExecution execution = QueryExecution.model(publication).query(query).build()) {
                if (!execution.execAsk()) {
                    problems.add(claim.where() + ": does not hold: " + claim.says());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySentenceOfThePaperIsRead() {
        boolean[] read = new boolean[paper.normalised().length()];
        for (Claim claim : claims) {
            if (claim.paper() == null) {
                continue;
            }
            String words = PaperSentences.normalise(claim.paper());
            int at = paper.normalised().indexOf(words);
            if (at >= 0) {
                for (int i = at; i < at + words.length(); i++) {
                    read[i] = true;
                }
            }
        }
        Map<Integer, String> unread = new TreeMap<>();
        for (Sentence sentence : paper.sentences()) {
            if (!inCheckedRange(sentence)) {
                continue;
            }
            int quoted = 0;
            for (int i = sentence.start(); i < sentence.end(); i++) {
                quoted += read[i] ? 1 : 0;
            }
            if (2 * quoted < sentence.end() - sentence.start()) {
                unread.put(sentence.number(), quoted + " of " + (sentence.end() - sentence.start()) + " characters quoted: "
                        + sentence.text());
            }
        }
        System.out.printf("The paper: %d sentences; %d claims, %d passages that state nothing; %d sentences unread%n",
                paper.sentences().size(), claims.stream().filter(Claim::statesSomething).count(),
                claims.stream().filter(c -> !c.statesSomething()).count(), unread.size());
        assertThat(unread).isEmpty();
    }

    /** All sentences, or those numbered in {@code -Dclaims.sentences=FIRST-LAST} while a part of the paper is read. */
    private static boolean inCheckedRange(Sentence sentence) {
        String range = System.getProperty("claims.sentences", "");
        if (range.isBlank()) {
            return true;
        }
        String[] bounds = range.split("-");
        return sentence.number() >= Integer.parseInt(bounds[0].trim())
                && sentence.number() <= Integer.parseInt(bounds[bounds.length - 1].trim());
    }

    private static String prefixDeclarations() {
        StringBuilder declarations = new StringBuilder();
        JsonLdContext.standard().prefixes()
                .forEach((prefix, iri) -> declarations.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return declarations.toString();
    }
}
