package org.ai4skg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The geometry of a small picture of a resource's neighbourhood: the resource in the middle, up to
 * {@value #MAX_NEIGHBOURS} linked resources of the publication around it on an ellipse, one arrow per link.
 */
public record Neighbourhood(int width, int height, Spot centre, List<Spot> spots, List<Edge> edges, String title,
                            String description) {

    static final int MAX_NEIGHBOURS = 12;

    /** A node of the picture. */
    public record Spot(double x, double y, String label, String shortLabel, String href) {
    }

    /** A link from (x1,y1) to (x2,y2) with its property label at (lx,ly). */
    public record Edge(double x1, double y1, double x2, double y2, double lx, double ly, String label) {
    }

    static Neighbourhood of(Graph g, Labels labels, Links links, Lang lang, Node resource) {
        int width = 720;
        int height = 420;
        double cx = width / 2.0;
        double cy = height / 2.0;
        // neighbour -> [property label, outgoing?]
        Map<Node, String[]> neighbours = new LinkedHashMap<>();
        Node source = DCTerms.source.asNode();
        for (Triple t : g.find(resource, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            if (Rdf.isOurs(o) && !o.equals(resource) && !t.getPredicate().equals(source)
                    && !t.getPredicate().equals(Rdf.TYPE) && neighbours.size() < MAX_NEIGHBOURS) {
                neighbours.putIfAbsent(o, new String[] {labels.label(t.getPredicate(), lang).value(), "out"});
            }
        }
        for (Triple t : g.find(Node.ANY, Node.ANY, resource).toList()) {
            Node s = t.getSubject();
            if (Rdf.isOurs(s) && !s.equals(resource) && !t.getPredicate().equals(source)
                    && !Reification.PROPERTIES.contains(t.getPredicate())
                    && !t.getPredicate().equals(Rdf.TYPE) && neighbours.size() < MAX_NEIGHBOURS) {
                neighbours.putIfAbsent(s, new String[] {labels.label(t.getPredicate(), lang).value(), "in"});
            }
        }
        String centreLabel = labels.label(resource, lang).value();
        Spot centre = new Spot(cx, cy, centreLabel, shorten(centreLabel), links.to(resource));
        List<Spot> spots = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int n = neighbours.size();
        int i = 0;
        for (Map.Entry<Node, String[]> e : neighbours.entrySet()) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1);
            double x = round(cx + 270 * Math.cos(angle));
            double y = round(cy + 160 * Math.sin(angle));
            String label = labels.label(e.getKey(), lang).value();
            spots.add(new Spot(x, y, label, shorten(label), links.to(e.getKey())));
            boolean out = "out".equals(e.getValue()[1]);
            // Arrows stop short of the node boxes.
            double[] from = out ? new double[] {cx, cy} : new double[] {x, y};
            double[] to = out ? new double[] {x, y} : new double[] {cx, cy};
            double dx = to[0] - from[0];
            double dy = to[1] - from[1];
            double trim = 0.22;
            edges.add(new Edge(round(from[0] + dx * trim), round(from[1] + dy * trim),
                    round(to[0] - dx * trim), round(to[1] - dy * trim),
                    round((cx + x) / 2), round((cy + y) / 2 - 4), e.getValue()[0]));
            sentences.add(out ? centreLabel + " → " + e.getValue()[0] + " → " + label
                    : label + " → " + e.getValue()[0] + " → " + centreLabel);
            i++;
        }
        String title = Messages.get(lang, "neighbourhood.title").replace("{0}", centreLabel);
        String description = sentences.isEmpty() ? Messages.get(lang, "neighbourhood.none")
                : String.join("; ", sentences);
        return new Neighbourhood(width, height, centre, spots, edges, title, description);
    }

    private static String shorten(String s) {
        return s.length() <= 22 ? s : s.substring(0, 20) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
