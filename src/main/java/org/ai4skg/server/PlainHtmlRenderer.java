package org.ai4skg.server;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** The default HTML: a plain, valid, escaped page listing the statements, incoming links and alternate formats. */
public class PlainHtmlRenderer implements ResourceHtmlRenderer {

    @Override
    public String render(ResourceDescription description, String lang, String baseUrl) {
        String iri = description.iri();
        String title = description.label(description.node(), lang).map(ResourceDescription.Label::text).orElse(iri);
        String self = Namespace.toLocalUrl(iri, baseUrl);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n");
        for (RdfFormat format : RdfFormat.rdfOnly()) {
            html.append("<link rel=\"alternate\" type=\"").append(format.mediaType()).append("\" href=\"")
                    .append(Html.escape(self + "." + format.suffix())).append("\">\n");
        }
        html.append("</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n<p><code>")
                .append(Html.escape(iri)).append("</code></p>\n");
        html.append("<p>");
        for (RdfFormat format : RdfFormat.rdfOnly()) {
            html.append("<a href=\"").append(Html.escape(self + "." + format.suffix())).append("\">")
                    .append(format.suffix()).append("</a> ");
        }
        html.append("</p>\n");
        table(html, "Statements", description, description.statements(), false, lang, baseUrl);
        table(html, "Incoming links", description, description.incoming(), true, lang, baseUrl);
        if (description.page() > 1) {
            html.append("<p><a rel=\"prev\" href=\"").append(Html.escape(self + "?page=" + (description.page() - 1)))
                    .append("\">previous page</a></p>\n");
        }
        if (description.hasNext()) {
            html.append("<p><a rel=\"next\" href=\"").append(Html.escape(self + "?page=" + (description.page() + 1)))
                    .append("\">next page</a></p>\n");
        }
        html.append("<p><a href=\"").append(Html.escape(baseUrl)).append("\">home</a> · <a href=\"")
                .append(Html.escape(baseUrl + "sparql")).append("\">SPARQL</a></p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, String heading, ResourceDescription description, List<Triple> triples,
                              boolean incoming, String lang, String baseUrl) {
        if (triples.isEmpty()) {
            return;
        }
        html.append("<h2>").append(heading).append("</h2>\n<table>\n");
        String hashBase = description.iri() + "#";
        Node previous = null;
        for (Triple t : triples) {
            Node subject = t.getSubject();
            boolean anchor = !incoming && !subject.equals(previous) && subject.isURI() && subject.getURI().startsWith(hashBase);
            previous = subject;
            html.append(anchor ? "<tr id=\"" + Html.escape(subject.getURI().substring(hashBase.length())) + "\">" : "<tr>");
            if (incoming || !t.getSubject().equals(description.node())) {
                html.append("<td>").append(node(incoming ? t.getSubject() : t.getSubject(), description, lang, baseUrl)).append("</td>");
            }
            html.append("<td>").append(node(t.getPredicate(), description, lang, baseUrl)).append("</td>");
            if (!incoming) {
                html.append("<td>").append(node(t.getObject(), description, lang, baseUrl)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String node(Node node, ResourceDescription description, String lang, String baseUrl) {
        if (node.isURI()) {
            String text = description.label(node, lang).map(ResourceDescription.Label::text)
                    .orElseGet(() -> description.prefixes().shortForm(node.getURI()));
            return "<a href=\"" + Html.escape(Namespace.toLocalUrl(node.getURI(), baseUrl)) + "\">" + Html.escape(text) + "</a>";
        }
        if (node.isLiteral()) {
            String tag = node.getLiteralLanguage();
            String text = Html.escape(node.getLiteralLexicalForm());
            return tag.isEmpty() ? text : "<span lang=\"" + Html.escape(tag) + "\">" + text + "</span>";
        }
        return Html.escape(node.toString());
    }

    /** The plain 404 page: says what was not found and links to the home page and the search. */
    public static String notFoundPage(String iri, String baseUrl) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n</head>\n<body>\n"
                + "<h1>Not found</h1>\n<p>The knowledge graph has nothing about <code>" + Html.escape(iri) + "</code>.</p>\n"
                + "<p>Try the <a href=\"" + Html.escape(baseUrl + "search") + "\">search</a>, the <a href=\""
                + Html.escape(baseUrl) + "\">home page</a> or a query at <a href=\"" + Html.escape(baseUrl + "sparql")
                + "\">the SPARQL endpoint</a>.</p>\n</body>\n</html>\n";
    }
}
