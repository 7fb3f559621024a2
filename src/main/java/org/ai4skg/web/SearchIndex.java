package org.ai4skg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ai4skg.vocab.PreferredLabel;
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
 * A Lucene index of the English and Chinese labels and alternative labels of every entity of the publication, built
 * in memory at start. Text goes through Lucene's CJK analyzer (standard tokens for Latin script, overlapping bigrams
 * for Chinese, so "蛋白质" finds "蛋白质结构预测" without a dictionary); whole labels are also indexed as keywords so that
 * an exact name or acronym ("DOE") ranks first and a prefix ("Alpha") still matches. Labels of the resources an
 * entity links to are indexed with a low weight, so that a field's name also finds the models of that field.
 */
public final class SearchIndex {

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

    /** Indexes every IRI of the publication's namespace that has a label. */
    public static SearchIndex build(Graph g) {
        SearchIndex empty = new SearchIndex(null, 0);
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            int count = 0;
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(empty.analyzer))) {
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
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), count);
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
