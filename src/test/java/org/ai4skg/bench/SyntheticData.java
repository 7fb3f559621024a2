package org.ai4skg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates AI4S-shaped data of any size as N-Triples, in the vocabulary's own shape: organisations (with parents and
 * links to Wikidata, ROR and DBpedia), models (developer, release date), projects (funder, models used, budget, a
 * blank-node note) and source sections, each with English and Chinese labels. The same size and seed give the same
 * file.
 *
 * <p>Run on its own: {@code java -cp ... org.ai4skg.bench.SyntheticData FILE TRIPLES}.
 */
public final class SyntheticData {

    static final String AI4S = "https://w3id.org/ai4s-kg/ontology#";
    static final String RES = "https://w3id.org/ai4s-kg/resource/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    static final String SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>";
    static final String SOURCE = "<http://purl.org/dc/terms/source>";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static final String[] FIELDS = {"protein folding", "climate modelling", "fusion plasma", "materials discovery",
        "drug design", "particle physics", "ocean circulation", "genomics", "catalysis", "weather forecasting"};
    private static final String[] FIELDS_ZH = {"蛋白质折叠", "气候建模", "聚变等离子体", "材料发现", "药物设计", "粒子物理",
        "海洋环流", "基因组学", "催化", "天气预报"};

    private final Writer out;
    private final SplittableRandom random;
    private long written;

    private SyntheticData(Writer out, long seed) {
        this.out = out;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        long n = write(Path.of(args[0]), Long.parseLong(args[1].replace("_", "")));
        System.out.println(n + " triples");
    }

    /** Writes at least {@code triples} triples (whole entities) to {@code file}; returns how many were written. */
    public static long write(Path file, long triples) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SyntheticData data = new SyntheticData(writer, 42);
            data.generate(triples);
            return data.written;
        }
    }

    private void generate(long target) throws IOException {
        long sections = 0;
        long organisations = 0;
        long models = 0;
        long projects = 0;
        while (written < target) {
            // Per round: one section, two organisations, four models, two projects (about 100 triples).
            section(sections++);
            for (int i = 0; i < 2; i++) {
                organisation(organisations++, sections - 1);
            }
            for (int i = 0; i < 4; i++) {
                model(models++, organisations, sections - 1);
            }
            for (int i = 0; i < 2; i++) {
                project(projects++, organisations, models, sections - 1);
            }
        }
    }

    private void section(long n) throws IOException {
        String s = res("section-" + n);
        triple(s, RDF_TYPE, iri(AI4S + "Section"));
        triple(s, skos("prefLabel"), lang("Section " + n, "en"));
        triple(s, skos("prefLabel"), lang("第 " + n + " 节", "zh"));
        triple(s, SOURCE, s);
    }

    private void organisation(long n, long section) throws IOException {
        String s = res("organisation-" + n);
        int field = (int) (n % FIELDS.length);
        triple(s, RDF_TYPE, iri(AI4S + "Organisation"));
        triple(s, skos("prefLabel"), lang("National Laboratory for " + FIELDS[field] + " " + n, "en"));
        triple(s, skos("prefLabel"), lang(FIELDS_ZH[field] + "国家实验室 " + n, "zh"));
        triple(s, skos("altLabel"), lang("NL-" + n, "en"));
        triple(s, skos("definition"), lang("A research organisation working on " + FIELDS[field] + ".", "en"));
        triple(s, skos("definition"), lang("从事" + FIELDS_ZH[field] + "研究的机构。", "zh"));
        if (n > 0) {
            triple(s, iri(AI4S + "parentOrganisation"), res("organisation-" + random.nextLong(n)));
        }
        triple(s, SAME_AS, iri("http://www.wikidata.org/entity/Q" + (1_000_000 + n)));
        if (n % 2 == 0) {
            triple(s, SAME_AS, iri("https://ror.org/0" + Long.toString(36L * 36 * 36 * 36 * 36 + n, 36)));
        }
        if (n % 3 == 0) {
            triple(s, SAME_AS, iri("http://dbpedia.org/resource/Laboratory_" + n));
        }
        triple(s, SOURCE, res("section-" + section));
    }

    private void model(long n, long organisations, long section) throws IOException {
        String s = res("model-" + n);
        int field = (int) (n % FIELDS.length);
        triple(s, RDF_TYPE, iri(AI4S + "Model"));
        triple(s, skos("prefLabel"), lang("SciModel " + n, "en"));
        triple(s, skos("prefLabel"), lang("科学模型 " + n, "zh"));
        triple(s, skos("definition"), lang("A model for " + FIELDS[field] + ", version " + (1 + n % 5) + ".", "en"));
        triple(s, skos("definition"), lang("用于" + FIELDS_ZH[field] + "的模型。", "zh"));
        triple(s, iri(AI4S + "developer"), res("organisation-" + random.nextLong(organisations)));
        triple(s, iri(AI4S + "releaseDate"), typed(String.format("%04d-%02d-%02d", 2015 + n % 10, 1 + n % 12, 1 + n % 28), "date"));
        triple(s, SOURCE, res("section-" + section));
    }

    private void project(long n, long organisations, long models, long section) throws IOException {
        String s = res("project-" + n);
        int field = (int) (n % FIELDS.length);
        triple(s, RDF_TYPE, iri(AI4S + "Project"));
        triple(s, skos("prefLabel"), lang("Initiative on AI for " + FIELDS[field] + " " + n, "en"));
        triple(s, skos("prefLabel"), lang("人工智能" + FIELDS_ZH[field] + "计划 " + n, "zh"));
        triple(s, skos("definition"), lang("A funded programme applying AI to " + FIELDS[field] + ".", "en"));
        triple(s, iri(AI4S + "fundedBy"), res("organisation-" + random.nextLong(organisations)));
        for (int i = 0; i < 3; i++) {
            triple(s, iri(AI4S + "usesModel"), res("model-" + random.nextLong(models)));
        }
        triple(s, iri(AI4S + "budget"), typed(Long.toString(1_000_000L * (1 + random.nextInt(5000))), "decimal"));
        triple(s, SOURCE, res("section-" + section));
        String note = "_:note" + n;
        triple(s, skos("note"), note);
        triple(note, RDF_TYPE, iri(SKOS + "Concept"));
        triple(note, skos("prefLabel"), lang("Announced in " + (2015 + n % 10), "en"));
    }

    private void triple(String s, String p, String o) throws IOException {
        out.write(s);
        out.write(' ');
        out.write(p);
        out.write(' ');
        out.write(o);
        out.write(" .\n");
        written++;
    }

    private static String res(String local) {
        return "<" + RES + local + ">";
    }

    private static String iri(String iri) {
        return "<" + iri + ">";
    }

    private static String skos(String local) {
        return "<" + SKOS + local + ">";
    }

    private static String lang(String text, String language) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@" + language;
    }

    private static String typed(String lexical, String xsdLocal) {
        return "\"" + lexical + "\"^^<" + XSD + xsdLocal + ">";
    }
}
