package org.ai4skg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.ai4skg.store.StoreFingerprint;
import org.ai4skg.vocab.PreferredLabel;
import org.apache.commons.io.FileUtils;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of the English and Chinese labels and alternative labels of every entity of the publication: built
 * in memory at start for the publication in memory, written beside a TDB2 store by {@code ai4s load} and opened from
 * there by {@code ai4s serve --tdb2}. Text goes through Lucene's CJK analyzer (standard tokens for Latin script, overlapping bigrams
 * for Chinese, so "蛋白质" finds "蛋白质结构预测" without a dictionary); whole labels are also indexed as keywords so that
 * an exact name or acronym ("DOE") ranks first and a prefix ("Alpha") still matches. Labels of the resources an
 * entity links to are indexed with a low weight, so that a field's name also finds the models of that field.
 */
public final class SearchIndex {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);

    static final String ID = "id";
    static final String EXACT = "exact";
    static final String PREF = "pref";
    static final String ALT = "alt";
    static final String RELATED = "related";

    private final Analyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;
    private final int size;

    /** One hit: the entity and its score. */
    public record Hit(Node entity, float score) {
    }

    private SearchIndex(IndexSearcher searcher, int size) {
        this.searcher = searcher;
        this.size = size;
    }

    /** The folder of the index written beside a TDB2 store by {@code ai4s load}. */
    public static final String FOLDER = "ai4s-search";
    /** The file in that folder naming the store state ({@link StoreFingerprint}) it was built from. */
    private static final String BUILT_FROM = "built-from";

    /** Indexes every IRI of the publication's namespace that has a label, in memory. */
    public static SearchIndex build(Graph g) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int count = write(g, dir);
        try {
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the index of the store in {@code folder} (open as {@code store}) into {@link #FOLDER} beside it, marked
     * with the store state it was built from; as {@code ai4s load} does.
     */
    public static void writeBeside(Path folder, DatasetGraph store) {
        String fingerprint = StoreFingerprint.of(folder);
        Path target = folder.resolve(FOLDER);
        Path part = folder.resolve(FOLDER + ".part");
        try {
            FileUtils.deleteDirectory(part.toFile());
            try (Directory dir = FSDirectory.open(part)) {
                Txn.executeRead(store, () -> write(store.getDefaultGraph(), dir));
            }
            Files.writeString(part.resolve(BUILT_FROM), fingerprint, StandardCharsets.UTF_8);
            FileUtils.deleteDirectory(target.toFile());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index written beside the TDB2 store in {@code folder} when it was built from the store as it is; else
     * built now, in memory (logged), and written beside the store for the next start when the folder can be written.
     */
    public static SearchIndex besideOrBuild(Path folder, DatasetGraph store) {
        Path dir = folder.resolve(FOLDER);
        try {
            if (Files.isRegularFile(dir.resolve(BUILT_FROM))
                    && Files.readString(dir.resolve(BUILT_FROM), StandardCharsets.UTF_8).equals(StoreFingerprint.of(folder))) {
                DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
                return new SearchIndex(new IndexSearcher(reader), reader.numDocs());
            }
        } catch (IOException e) {
            LOG.info("{}: cannot read the search index beside the store ({}); building it", folder, e.getMessage());
        }
        LOG.info("{}: no current search index beside the store (loaded by an older version or another tool, or changed "
                + "since); building it ...", folder);
        long start = System.nanoTime();
        try {
            writeBeside(folder, store);
            LOG.info("{}: search index built in {} s and written to {} for the next start", folder,
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9), FOLDER);
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            return new SearchIndex(new IndexSearcher(reader), reader.numDocs());
        } catch (UncheckedIOException | IOException e) {
            LOG.info("{}: cannot write the search index beside the store ({}); building it in memory", folder,
                    e.getMessage());
            return Txn.calculateRead(store, () -> build(store.getDefaultGraph()));
        }
    }

    private static int write(Graph g, Directory dir) {
        try {
            int count = 0;
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new CJKAnalyzer()))) {
                Set<Node> entities = new LinkedHashSet<>();
                for (Node p : PreferredLabel.PROPERTIES) {
                    g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                        if (Rdf.isOurs(t.getSubject())) {
                            entities.add(t.getSubject());
                        }
                    });
                }
                for (Node e : entities) {
                    writer.addDocument(document(g, e));
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Graph g, Node e) {
        Document doc = new Document();
        doc.add(new StringField(ID, e.getURI(), Field.Store.YES));
        for (Node p : PreferredLabel.PROPERTIES) {
            for (Node o : Rdf.objects(g, e, p)) {
                if (o.isLiteral()) {
                    doc.add(new TextField(PREF, o.getLiteralLexicalForm(), Field.Store.NO));
                    doc.add(new StringField(EXACT, normalise(o.getLiteralLexicalForm()), Field.Store.NO));
                }
            }
        }
        for (Node o : Rdf.objects(g, e, Labels.ALT_LABEL)) {
            if (o.isLiteral()) {
                doc.add(new TextField(ALT, o.getLiteralLexicalForm(), Field.Store.NO));
                doc.add(new StringField(EXACT, normalise(o.getLiteralLexicalForm()), Field.Store.NO));
            }
        }
        for (Triple t : g.find(e, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            if (Rdf.isOurs(o) && !t.getPredicate().equals(Rdf.TYPE)
                    && !t.getPredicate().equals(ResourcePageRenderer.SOURCE)) {
                for (Node label : Rdf.objects(g, o, Labels.PREF_LABEL)) {
                    if (label.isLiteral()) {
                        doc.add(new TextField(RELATED, label.getLiteralLexicalForm(), Field.Store.NO));
                    }
                }
            }
        }
        return doc;
    }

    /** How many entities are indexed. */
    public int size() {
        return size;
    }

    /** The best matches first. */
    public List<Hit> search(String text, int limit) {
        String q = normalise(text == null ? "" : text);
        if (q.isEmpty() || searcher == null) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(query(q), limit).scoreDocs;
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc d : docs) {
                String iri = searcher.storedFields().document(d.doc).get(ID);
                hits.add(new Hit(Rdf.iri(iri), d.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query query(String q) {
        List<String> tokens = tokens(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new TermQuery(new Term(EXACT, q)), 20f), Occur.SHOULD);
        if (q.length() >= 2) {
            b.add(new BoostQuery(new PrefixQuery(new Term(EXACT, q)), 6f), Occur.SHOULD);
        }
        if (!tokens.isEmpty()) {
            b.add(new BoostQuery(allTokens(PREF, tokens), 4f), Occur.SHOULD);
            b.add(new BoostQuery(allTokens(ALT, tokens), 3f), Occur.SHOULD);
            b.add(new BoostQuery(allTokens(RELATED, tokens), 0.5f), Occur.SHOULD);
            String last = tokens.get(tokens.size() - 1);
            if (last.length() >= 2 && !isCjk(last)) {
                b.add(new BoostQuery(new PrefixQuery(new Term(PREF, last)), 1.5f), Occur.SHOULD);
                b.add(new BoostQuery(new PrefixQuery(new Term(ALT, last)), 1f), Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Query allTokens(String field, List<String> tokens) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : tokens) {
            b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return b.build();
    }

    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(PREF, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean isCjk(String token) {
        return token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** NFKC, lower case, single spaces: how whole labels and queries are compared. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
