package org.ai4skg.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/** Builds the VoID description and the DCAT catalog of an export, for a given base URL. */
public final class DatasetDescription {

    /** The URI space of the graph's own resources. */
    public static final String URI_SPACE = "https://w3id.org/ai4s-kg/";
    /** The dataset described by VoID and DCAT. */
    public static final String DATASET = URI_SPACE + "dataset";
    /** The DCAT catalog. */
    public static final String CATALOG = URI_SPACE + "catalog";
    /** The licence of the dumps. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String MEDIA = "http://www.iana.org/assignments/media-types/";

    /** Everything the description says about one part of the export (whole publication, vocabulary, data). */
    public record Part(String key, String title, Statistics statistics, List<DumpFile> dumps) {
    }

    private DatasetDescription() {
    }

    /**
     * The VoID description: the whole publication with its counts, partitions, dumps and linksets, and one subset per
     * further part.
     */
    public static Graph voidGraph(Part whole, List<Part> subsets, String baseUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = iri(DATASET);
        describeDataset(g, dataset, whole, baseUrl);
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AI for Science knowledge graph", "en"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("人工智能驱动的科学研究知识图谱", "zh"));
        g.add(dataset, DCTerms.license.asNode(), iri(LICENSE));
        g.add(dataset, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(URI_SPACE));
        g.add(dataset, iri(VOID + "vocabulary"), iri(URI_SPACE + "ontology"));
        g.add(dataset, iri(VOID + "sparqlEndpoint"), iri(baseUrl + "sparql"));
        g.add(dataset, iri(VOID + "rootResource"), iri(URI_SPACE + "ontology"));
        g.add(dataset, iri(VOID + "exampleResource"), iri(URI_SPACE + "resource/alphafold-3"));
        Statistics stats = whole.statistics();
        g.add(dataset, iri(VOID + "entities"), integer(stats.entities()));
        g.add(dataset, iri(VOID + "distinctSubjects"), integer(stats.distinctSubjects()));
        g.add(dataset, iri(VOID + "classes"), integer(stats.classes().size()));
        g.add(dataset, iri(VOID + "properties"), integer(stats.properties().size()));
        for (Map.Entry<String, Long> c : stats.classes().entrySet()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, iri(VOID + "classPartition"), partition);
            g.add(partition, iri(VOID + "class"), iri(c.getKey()));
            g.add(partition, iri(VOID + "entities"), integer(c.getValue()));
        }
        for (Map.Entry<String, Long> p : stats.properties().entrySet()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, iri(VOID + "propertyPartition"), partition);
            g.add(partition, iri(VOID + "property"), iri(p.getKey()));
            g.add(partition, iri(VOID + "triples"), integer(p.getValue()));
        }
        for (Statistics.LinkTarget target : Statistics.TARGETS) {
            long links = stats.links().getOrDefault(target.key(), 0L);
            if (links == 0) {
                continue;
            }
            Node linkset = iri(DATASET + "/links/" + target.key());
            Node other = iri(target.datasetIri());
            g.add(dataset, iri(VOID + "subset"), linkset);
            g.add(linkset, RDF.Nodes.type, iri(VOID + "Linkset"));
            g.add(linkset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Links to " + target.title(), "en"));
            g.add(linkset, iri(VOID + "subjectsTarget"), dataset);
            g.add(linkset, iri(VOID + "objectsTarget"), other);
            g.add(linkset, iri(VOID + "target"), dataset);
            g.add(linkset, iri(VOID + "target"), other);
            g.add(linkset, iri(VOID + "triples"), integer(links));
            for (String predicate : stats.linkPredicates().get(target.key())) {
                g.add(linkset, iri(VOID + "linkPredicate"), iri(predicate));
            }
            g.add(other, RDF.Nodes.type, iri(VOID + "Dataset"));
            g.add(other, DCTerms.title.asNode(), NodeFactory.createLiteralLang(target.title(), "en"));
            g.add(other, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(target.namespace()));
        }
        for (Part subset : subsets) {
            Node node = iri(DATASET + "/" + subset.key());
            g.add(dataset, iri(VOID + "subset"), node);
            describeDataset(g, node, subset, baseUrl);
            g.add(node, DCTerms.title.asNode(), NodeFactory.createLiteralLang(subset.title(), "en"));
        }
        return g;
    }

    /** The DCAT catalog: the dataset, its version and licence, and each dump as a distribution with size and checksum. */
    public static Graph catalog(List<DumpFile> dumps, String version, LocalDate issued, String baseUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node catalog = iri(CATALOG);
        Node dataset = iri(DATASET);
        Node license = iri(LICENSE);
        Node date = NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdate);
        g.add(catalog, RDF.Nodes.type, iri(DCAT + "Catalog"));
        g.add(catalog, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AI for Science knowledge graph downloads", "en"));
        g.add(catalog, DCTerms.license.asNode(), license);
        g.add(catalog, DCTerms.issued.asNode(), date);
        g.add(catalog, iri(DCAT + "dataset"), dataset);
        g.add(dataset, RDF.Nodes.type, iri(DCAT + "Dataset"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AI for Science knowledge graph", "en"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("人工智能驱动的科学研究知识图谱", "zh"));
        g.add(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "An open linked-data knowledge graph of AI for Science: models, organisations, projects and "
                        + "infrastructure, with its OWL vocabulary.", "en"));
        g.add(dataset, DCTerms.license.asNode(), license);
        g.add(dataset, DCTerms.issued.asNode(), date);
        g.add(dataset, iri(DCAT + "version"), NodeFactory.createLiteralString(version));
        g.add(dataset, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        g.add(dataset, iri(DCAT + "landingPage"), iri(baseUrl));
        for (DumpFile dump : dumps) {
            Node distribution = iri(URI_SPACE + "distribution/" + dump.name());
            Node checksum = iri(URI_SPACE + "distribution/" + dump.name() + "#sha256");
            Node url = iri(baseUrl + "dumps/" + dump.name());
            g.add(dataset, iri(DCAT + "distribution"), distribution);
            g.add(distribution, RDF.Nodes.type, iri(DCAT + "Distribution"));
            g.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralString(dump.name()));
            g.add(distribution, iri(DCAT + "downloadURL"), url);
            g.add(distribution, iri(DCAT + "accessURL"), url);
            g.add(distribution, iri(DCAT + "mediaType"), iri(MEDIA + dump.format().mediaType()));
            if (dump.gzip()) {
                g.add(distribution, iri(DCAT + "compressFormat"), iri(MEDIA + "application/gzip"));
            }
            g.add(distribution, iri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(dump.bytes()),
                    XSDDatatype.XSDnonNegativeInteger));
            g.add(distribution, iri(SPDX + "checksum"), checksum);
            g.add(checksum, RDF.Nodes.type, iri(SPDX + "Checksum"));
            g.add(checksum, iri(SPDX + "algorithm"), iri(SPDX + "checksumAlgorithm_sha256"));
            g.add(checksum, iri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(dump.sha256(), XSDDatatype.XSDhexBinary));
            g.add(distribution, iri(VOID + "triples"), integer(dump.triples()));
            g.add(distribution, DCTerms.license.asNode(), license);
            g.add(distribution, DCTerms.issued.asNode(), date);
            g.add(distribution, iri(DCAT + "version"), NodeFactory.createLiteralString(version));
        }
        return g;
    }

    private static void describeDataset(Graph g, Node node, Part part, String baseUrl) {
        g.add(node, RDF.Nodes.type, iri(VOID + "Dataset"));
        g.add(node, RDF.Nodes.type, iri(DCAT + "Dataset"));
        g.add(node, iri(VOID + "triples"), integer(part.statistics().triples()));
        for (DumpFile dump : part.dumps()) {
            g.add(node, iri(VOID + "dataDump"), iri(baseUrl + "dumps/" + dump.name()));
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

}
