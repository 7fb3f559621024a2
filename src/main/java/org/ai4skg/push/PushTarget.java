package org.ai4skg.push;

/**
 * Where to publish.
 *
 * @param endpoint the Graph Store Protocol endpoint, e.g. {@code http://host:3030/ds/data}
 * @param graph    the target graph IRI, or null for the default graph
 * @param user     the user for HTTP basic authentication, or null
 * @param password the password, or null
 */
public record PushTarget(String endpoint, String graph, String user, String password) {

    @Override
    public String toString() {
        return endpoint + (graph == null ? " (default graph)" : " (graph <" + graph + ">)");
    }
}
