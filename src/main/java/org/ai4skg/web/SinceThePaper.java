package org.ai4skg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ai4skg.server.Lang;
import org.ai4skg.vocab.AI4S;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What changed after the source was written, for the page of one resource: the later statements about it
 * ({@code ai4s:LaterStatement} with the resource as {@code rdf:subject}), each with its date
 * ({@code ai4s:pointInTime}), the public pages it cites ({@code prov:hadPrimarySource}) and the statement of the
 * source it brings up to date ({@code ai4s:updates}).
 */
final class SinceThePaper {

    static final Node PRIMARY_SOURCE = Rdf.iri("http://www.w3.org/ns/prov#hadPrimarySource");

    private SinceThePaper() {
    }

    /**
     * One later statement: what changed (its label, a link to its page), when, the public sources it cites, the
     * statements of the source it updates, and its note.
     */
    public record Later(Value what, Value date, List<Value> sources, List<Value> updates, Text note) {
    }

    /** The later statements about the resource, oldest first. */
    static List<Later> about(Graph g, Labels labels, ValueFormatter fmt, Node resource, Lang lang) {
        List<Later> out = new ArrayList<>();
        for (Node st : statements(g, resource)) {
            Node date = Rdf.first(g, st, AI4S.pointInTime);
            out.add(new Later(fmt.format(st), date == null ? null : fmt.format(date),
                    Rdf.objects(g, st, PRIMARY_SOURCE).stream().map(source -> citation(source, labels, fmt)).toList(),
                    Rdf.objects(g, st, AI4S.updates).stream().map(fmt::format).toList(),
                    labels.explanation(st, lang)));
        }
        return out;
    }

    private static List<Node> statements(Graph g, Node resource) {
        List<Node> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, Reification.SUBJECT, resource).toList()) {
            if (Rdf.isA(g, t.getSubject(), AI4S.LaterStatement) && !out.contains(t.getSubject())) {
                out.add(t.getSubject());
            }
        }
        out.sort(Comparator.comparing((Node n) -> {
            Node date = Rdf.first(g, n, AI4S.pointInTime);
            return date != null && date.isLiteral() ? Dates.sortKey(date) : "";
        }).thenComparing(n -> n.toString()));
        return out;
    }

    /**
     * A cited page by its label if the graph names it, else by its address without the scheme
     * ("str.llnl.gov/str-december-2024/introducing-el-capitan"), so that the reader sees where the link leads.
     */
    private static Value citation(Node source, Labels labels, ValueFormatter fmt) {
        if (!source.isURI() || Rdf.isOurs(source) || !Links.isWebLink(source.getURI())
                || labels.labelIn(source, Lang.EN) != null || labels.labelIn(source, Lang.ZH) != null) {
            return fmt.format(source);
        }
        return Value.externalLink(Text.plain(source.getURI().replaceFirst("(?i)^https?://", "")), source.getURI());
    }
}
