package org.ai4skg.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

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

    /** DCAT 3's dcat:version, which Jena's DCAT vocabulary (DCAT 2) does not name. */
    private static final Node DCAT_VERSION = NodeFactory.createURI(DCAT.NS + "version");
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
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(URI_SPACE));
        g.add(dataset, VOID.vocabulary.asNode(), iri(URI_SPACE + "ontology"));
        g.add(dataset, VOID.sparqlEndpoint.asNode(), iri(baseUrl + "sparql"));
        g.add(dataset, VOID.rootResource.asNode(), iri(URI_SPACE + "ontology"));
        g.add(dataset, VOID.exampleResource.asNode(), iri(URI_SPACE + "resource/alphafold-3"));
        Statistics stats = whole.statistics();
        g.add(dataset, VOID.entities.asNode(), integer(stats.entities()));
        g.add(dataset, VOID.distinctSubjects.asNode(), integer(stats.distinctSubjects()));
        g.add(dataset, VOID.classes.asNode(), integer(stats.classes().size()));
        g.add(dataset, VOID.properties.asNode(), integer(stats.properties().size()));
        for (Map.Entry<String, Long> c : stats.classes().entrySet()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, VOID.classPartition.asNode(), partition);
            g.add(partition, VOID._class.asNode(), iri(c.getKey()));
            g.add(partition, VOID.entities.asNode(), integer(c.getValue()));
        }
        for (Map.Entry<String, Long> p : stats.properties().entrySet()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(dataset, VOID.propertyPartition.asNode(), partition);
            g.add(partition, VOID.property.asNode(), iri(p.getKey()));
            g.add(partition, VOID.triples.asNode(), integer(p.getValue()));
        }
        for (Statistics.LinkTarget target : Statistics.TARGETS) {
            long links = stats.links().getOrDefault(target.key(), 0L);
            if (links == 0) {
                continue;
            }
            Node linkset = iri(DATASET + "/links/" + target.key());
            Node other = iri(target.datasetIri());
            g.add(dataset, VOID.subset.asNode(), linkset);
            g.add(linkset, RDF.Nodes.type, VOID.Linkset.asNode());
            g.add(linkset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Links to " + target.title(), "en"));
            g.add(linkset, VOID.subjectsTarget.asNode(), dataset);
            g.add(linkset, VOID.objectsTarget.asNode(), other);
            g.add(linkset, VOID.target.asNode(), dataset);
            g.add(linkset, VOID.target.asNode(), other);
            g.add(linkset, VOID.triples.asNode(), integer(links));
            for (String predicate : stats.linkPredicates().get(target.key())) {
                g.add(linkset, VOID.linkPredicate.asNode(), iri(predicate));
            }
            g.add(other, RDF.Nodes.type, VOID.Dataset.asNode());
            g.add(other, DCTerms.title.asNode(), NodeFactory.createLiteralLang(target.title(), "en"));
            g.add(other, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(target.namespace()));
        }
        for (Part subset : subsets) {
            Node node = iri(DATASET + "/" + subset.key());
            g.add(dataset, VOID.subset.asNode(), node);
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
        g.add(catalog, RDF.Nodes.type, DCAT.Catalog.asNode());
        g.add(catalog, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AI for Science knowledge graph downloads", "en"));
        g.add(catalog, DCTerms.license.asNode(), license);
        g.add(catalog, DCTerms.issued.asNode(), date);
        g.add(catalog, DCAT.dataset.asNode(), dataset);
        g.add(dataset, RDF.Nodes.type, DCAT.Dataset.asNode());
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("AI for Science knowledge graph", "en"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("人工智能驱动的科学研究知识图谱", "zh"));
        g.add(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "An open linked-data knowledge graph of AI for Science: models, organisations, projects and "
                        + "infrastructure, with its OWL vocabulary.", "en"));
        g.add(dataset, DCTerms.license.asNode(), license);
        g.add(dataset, DCTerms.issued.asNode(), date);
        g.add(dataset, DCAT_VERSION, NodeFactory.createLiteralString(version));
        g.add(dataset, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        g.add(dataset, DCAT.landingPage.asNode(), iri(baseUrl));
        for (DumpFile dump : dumps) {
            Node distribution = iri(URI_SPACE + "distribution/" + dump.name());
            Node checksum = iri(URI_SPACE + "distribution/" + dump.name() + "#sha256");
            Node url = iri(baseUrl + "dumps/" + dump.name());
            g.add(dataset, DCAT.distribution.asNode(), distribution);
            g.add(distribution, RDF.Nodes.type, DCAT.Distribution.asNode());
            g.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralString(dump.name()));
            g.add(distribution, DCAT.downloadURL.asNode(), url);
            g.add(distribution, DCAT.accessURL.asNode(), url);
            g.add(distribution, DCAT.mediaType.asNode(), iri(MEDIA + dump.format().mediaType()));
            if (dump.gzip()) {
                g.add(distribution, DCAT.compressFormat.asNode(), iri(MEDIA + "application/gzip"));
            }
            g.add(distribution, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(dump.bytes()),
                    XSDDatatype.XSDnonNegativeInteger));
            g.add(distribution, iri(SPDX + "checksum"), checksum);
            g.add(checksum, RDF.Nodes.type, iri(SPDX + "Checksum"));
            g.add(checksum, iri(SPDX + "algorithm"), iri(SPDX + "checksumAlgorithm_sha256"));
            g.add(checksum, iri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(dump.sha256(), XSDDatatype.XSDhexBinary));
            g.add(distribution, VOID.triples.asNode(), integer(dump.triples()));
            g.add(distribution, DCTerms.license.asNode(), license);
            g.add(distribution, DCTerms.issued.asNode(), date);
            g.add(distribution, DCAT_VERSION, NodeFactory.createLiteralString(version));
        }
        return g;
    }

    private static void describeDataset(Graph g, Node node, Part part, String baseUrl) {
        g.add(node, RDF.Nodes.type, VOID.Dataset.asNode());
        g.add(node, RDF.Nodes.type, DCAT.Dataset.asNode());
        g.add(node, VOID.triples.asNode(), integer(part.statistics().triples()));
        for (DumpFile dump : part.dumps()) {
            g.add(node, VOID.dataDump.asNode(), iri(baseUrl + "dumps/" + dump.name()));
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

}
