package org.ai4skg.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.ai4skg.export.DatasetDescription;
import org.ai4skg.export.Statistics;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * What the server needs to know about the whole store before answering, counted in one pass over it: the data
 * version's hash, the VoID figures (triples, entities, distinct subjects, instances per class, triples per property),
 * the home page's figures (typed resources, and per class), and how often each vocabulary term is a statement's
 * object. {@code ai4s load} counts them once and writes them beside the store ({@link #FILE}); {@code ai4s serve
 * --tdb2} reads them instead of scanning the store.
 *
 * @param fingerprint       the store's commit state when counted ({@link StoreFingerprint}), or null for data in memory
 * @param hash              the data version's hash ({@link QuadHash}) of every quad
 * @param triples           triples in the default graph
 * @param entities          VoID entities: distinct subjects in the URI space
 * @param distinctSubjects  distinct subjects
 * @param classes           class IRI to its instances (VoID class partitions)
 * @param properties        property IRI to its triples (VoID property partitions)
 * @param resources         distinct resources (subjects in {@code resource/}) that have a type
 * @param resourceClasses   class IRI to the resources of that type
 * @param vocabularyObjects vocabulary term IRI to the statements it is the object of
 * @param vocabularyTerms   the IRIs of the vocabulary's namespace that are subjects (its terms), in the store's order
 * @param datePredicates    the properties with a date among their values ({@link #DATE_TYPES}), where the
 *                          timeline looks
 * @param sourceDocuments   the documents the data comes from ({@link SourceDocuments}), sorted
 */
public record StoreSummary(String fingerprint, String hash, long triples, long entities, long distinctSubjects,
                           Map<String, Long> classes, Map<String, Long> properties, long resources,
                           Map<String, Long> resourceClasses, Map<String, Long> vocabularyObjects,
                           List<String> vocabularyTerms, List<String> datePredicates, List<String> sourceDocuments) {

    /** The datatypes of dates, as the timeline reads them. */
    public static final java.util.Set<String> DATE_TYPES = java.util.Set.of(XSD.date.getURI(), XSD.gYearMonth.getURI(),
            XSD.gYear.getURI(), XSD.dateTime.getURI());

    /** The summary's file, in the TDB2 store's folder. */
    public static final String FILE = "ai4s-summary.properties";
    private static final String FORMAT = "4";
    private static final Node SOURCE = org.apache.jena.vocabulary.DCTerms.source.asNode();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreSummary.class);
    private static final String RESOURCE = DatasetDescription.URI_SPACE + "resource/";

    public StoreSummary {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        resourceClasses = Collections.unmodifiableMap(new TreeMap<>(resourceClasses));
        vocabularyObjects = Collections.unmodifiableMap(new TreeMap<>(vocabularyObjects));
        vocabularyTerms = List.copyOf(vocabularyTerms);
        datePredicates = List.copyOf(new java.util.TreeSet<>(datePredicates));
        sourceDocuments = List.copyOf(sourceDocuments);
    }

    /**
     * Counts the store in {@code folder} (already open as {@code store}) and writes the summary beside it, as
     * {@code ai4s load} does.
     */
    public static StoreSummary recount(Path folder, DatasetGraph store) {
        StoreSummary summary = compute(store, StoreFingerprint.of(folder));
        summary.write(folder);
        return summary;
    }

    /**
     * The summary of the store in {@code folder} (open as {@code store}): the one written beside it when it is still
     * current, else counted now, once, in a full pass (a store loaded by an older version or by another tool, or
     * changed since), logged, and written beside it for the next start when the folder can be written.
     */
    public static StoreSummary of(Path folder, DatasetGraph store) {
        Optional<StoreSummary> written = read(folder);
        if (written.isPresent()) {
            return written.get();
        }
        LOG.info("{}: no current {} beside the store (loaded by an older version or another tool, or changed since); "
                + "counting the whole store once ...", folder, FILE);
        long start = System.nanoTime();
        StoreSummary summary = compute(store, StoreFingerprint.of(folder));
        try {
            summary.write(folder);
            LOG.info("{}: counted {} triples in {} s; written to {} for the next start", folder, summary.triples(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9), FILE);
        } catch (UncheckedIOException e) {
            LOG.info("{}: counted {} triples in {} s; cannot write {} ({}): the next start counts again", folder,
                    summary.triples(), String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                    FILE, e.getCause().getMessage());
        }
        return summary;
    }

    /** Counts everything in one pass over the dataset, in a read transaction. */
    public static StoreSummary compute(DatasetGraph dataset, String fingerprint) {
        return Txn.calculateRead(dataset, () -> {
            Counting counting = new Counting();
            QuadHash hash = new QuadHash();
            if (TDBInternal.isTDB2(dataset)) {
                // TDB2 answers in index order (SPO): a subject's statements come together.
                Node current = null;
                List<Triple> group = new ArrayList<>();
                for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); ) {
                    Quad quad = quads.next();
                    hash.add(quad);
                    if (quad.isDefaultGraph()) {
                        if (!quad.getSubject().equals(current)) {
                            counting.subject(current, group);
                            current = quad.getSubject();
                            group = new ArrayList<>();
                        }
                        group.add(quad.asTriple());
                    }
                }
                counting.subject(current, group);
            } else {
                // Data in memory comes in no particular order: group it (it is in memory already).
                Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
                dataset.find().forEachRemaining(quad -> {
                    hash.add(quad);
                    if (quad.isDefaultGraph()) {
                        bySubject.computeIfAbsent(quad.getSubject(), s -> new ArrayList<>()).add(quad.asTriple());
                    }
                });
                bySubject.forEach(counting::subject);
            }
            Statistics s = counting.statistics;
            return new StoreSummary(fingerprint, hash.hex(), s.triples(), s.entities(), s.distinctSubjects(),
                    s.classes(), s.properties(), counting.resources, counting.resourceClasses,
                    counting.vocabularyObjects, counting.vocabularyTerms,
                    List.copyOf(counting.datePredicates),
                    SourceDocuments.of(dataset.getDefaultGraph(), counting.sources).stream().map(Node::getURI)
                            .toList());
        });
    }

    /**
     * The summary written beside the TDB2 store in {@code folder}, when there is one and the store has not changed
     * since it was counted (same {@link StoreFingerprint}); empty otherwise.
     */
    public static Optional<StoreSummary> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!FORMAT.equals(p.getProperty("format")) || !StoreFingerprint.of(folder).equals(p.getProperty("fingerprint"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoreSummary(p.getProperty("fingerprint"), required(p, "hash"),
                    number(p, "triples"), number(p, "entities"), number(p, "distinctSubjects"), counts(p, "class."),
                    counts(p, "property."), number(p, "resources"), counts(p, "resourceClass."),
                    counts(p, "object."), terms(p, "term."), terms(p, "date."), terms(p, "document.")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes this summary beside the TDB2 store in {@code folder} (under a temporary name, then moved into place). */
    public void write(Path folder) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("hash", hash);
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("entities", Long.toString(entities));
        p.setProperty("distinctSubjects", Long.toString(distinctSubjects));
        p.setProperty("resources", Long.toString(resources));
        classes.forEach((k, v) -> p.setProperty("class." + k, Long.toString(v)));
        properties.forEach((k, v) -> p.setProperty("property." + k, Long.toString(v)));
        resourceClasses.forEach((k, v) -> p.setProperty("resourceClass." + k, Long.toString(v)));
        vocabularyObjects.forEach((k, v) -> p.setProperty("object." + k, Long.toString(v)));
        for (int i = 0; i < vocabularyTerms.size(); i++) {
            p.setProperty(String.format(java.util.Locale.ROOT, "term.%08d", i), vocabularyTerms.get(i));
        }
        for (int i = 0; i < sourceDocuments.size(); i++) {
            p.setProperty(String.format(java.util.Locale.ROOT, "document.%08d", i), sourceDocuments.get(i));
        }
        for (int i = 0; i < datePredicates.size(); i++) {
            p.setProperty(String.format(java.util.Locale.ROOT, "date.%08d", i), datePredicates.get(i));
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
            List<String> lines = new ArrayList<>(text.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
            lines.add(0, "# Counted by ai4s load over the whole store; read by ai4s serve --tdb2 while the fingerprint matches.");
            Path temporary = folder.resolve("." + FILE + ".part");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(required(p, key));
    }

    private static Map<String, Long> counts(Properties p, String prefix) {
        Map<String, Long> map = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                map.put(key.substring(prefix.length()), Long.parseLong(p.getProperty(key)));
            }
        }
        return map;
    }

    private static List<String> terms(Properties p, String prefix) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted().map(p::getProperty).toList();
    }

    /** The counts, fed one subject and its statements at a time. */
    private static final class Counting {
        final Statistics statistics = new Statistics(DatasetDescription.URI_SPACE);
        long resources;
        final Map<String, Long> resourceClasses = new TreeMap<>();
        final Map<String, Long> vocabularyObjects = new TreeMap<>();
        final List<String> vocabularyTerms = new ArrayList<>();
        final java.util.Set<String> datePredicates = new java.util.TreeSet<>();
        final java.util.Set<Node> sources = new java.util.HashSet<>();

        void subject(Node subject, List<Triple> group) {
            if (subject == null || group.isEmpty()) {
                return;
            }
            statistics.subject(subject, group);
            boolean resource = subject.isURI() && subject.getURI().startsWith(RESOURCE);
            boolean typed = false;
            if (subject.isURI() && subject.getURI().startsWith(AI4S.NS)) {
                vocabularyTerms.add(subject.getURI());
            }
            for (Triple t : group) {
                Node o = t.getObject();
                if (resource && o.isURI() && t.getPredicate().equals(RDF.Nodes.type)) {
                    resourceClasses.merge(o.getURI(), 1L, Long::sum);
                    typed = true;
                }
                if (SourceDocuments.isOurs(o) && t.getPredicate().equals(SOURCE)) {
                    sources.add(o);
                }
                if (o.isLiteral() && DATE_TYPES.contains(o.getLiteralDatatypeURI())) {
                    datePredicates.add(t.getPredicate().getURI());
                }
                if (o.isURI() && o.getURI().startsWith(AI4S.NS)) {
                    vocabularyObjects.merge(o.getURI(), 1L, Long::sum);
                }
            }
            if (typed) {
                resources++;
            }
        }
    }
}
