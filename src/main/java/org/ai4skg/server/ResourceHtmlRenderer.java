package org.ai4skg.server;

/**
 * Renders the HTML answer of a dereferenced IRI: the pages for people give it to the server with
 * {@link LinkedDataServer.Builder#htmlRenderer(ResourceHtmlRenderer)}.
 * Implementations must escape every value and may be called concurrently.
 */
public interface ResourceHtmlRenderer {

    /**
     * The page of a description.
     *
     * @param description what to show (one page of it)
     * @param lang        the reader's language, {@code en} or {@code zh}
     * @param baseUrl     where this server answers, ending with {@code /}; canonical IRIs are linked as
     *                    {@link Namespace#toLocalUrl(String, String)}
     */
    String render(ResourceDescription description, String lang, String baseUrl);

    /** The body of the 404 page for an unknown IRI of the namespace. */
    String renderNotFound(String iri, String lang, String baseUrl);
}
