package org.ai4skg.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;

/**
 * Federated {@code SERVICE} calls go only to an allow-list of endpoints and never to loopback, private, link-local or
 * unresolvable addresses. {@link #refusal(Query)} checks a parsed query's algebra before it runs; {@link #executor()} checks
 * again, after resolving the host, when a {@code SERVICE} is about to be called.
 */
public final class ServiceGuard {
    /** The endpoints allowed by default: Wikidata's and DBpedia's. */
    public static final List<String> DEFAULT_ALLOWED = List.of("https://query.wikidata.org/sparql", "https://dbpedia.org/sparql");

    private final Set<String> allowed;

    public ServiceGuard(List<String> allowed) {
        this.allowed = new LinkedHashSet<>(allowed);
    }

    /** Why the query may not run, or empty when each of its {@code SERVICE}s is allowed (or it has none). */
    public Optional<String> refusal(Query query) {
        List<Node> services = new ArrayList<>();
        OpVisitorBase collector = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService());
            }
        };
        Walker.walk(Algebra.compile(query), collector, new ExprVisitorBase());
        for (Node service : services) {
            Optional<String> refused = refusal(service);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** Why a {@code SERVICE} endpoint may not be called (without resolving host names), or empty when it may. */
    public Optional<String> refusal(Node service) {
        if (!service.isURI()) {
            return Optional.of("SERVICE with a variable endpoint is not allowed; name one of the allowed endpoints: " + allowedText());
        }
        String endpoint = service.getURI();
        String host = host(endpoint);
        if (host == null) {
            return Optional.of("SERVICE <" + endpoint + "> refused: not an http(s) URL. Allowed endpoints: " + allowedText());
        }
        if (isLocalName(host) || literalAddress(host).map(ServiceGuard::isInternal).orElse(false)) {
            return Optional.of("SERVICE <" + endpoint + "> refused: loopback, private and link-local addresses are never "
                    + "queried by this server. Allowed endpoints: " + allowedText());
        }
        if (!allowed.contains(endpoint)) {
            return Optional.of("SERVICE <" + endpoint + "> refused: federated queries may go only to the allowed endpoints: "
                    + allowedText());
        }
        return Optional.empty();
    }

    /** A link for ARQ's service executor chain that refuses, at call time, endpoints not allowed or resolving to internal addresses. */
    public ChainingServiceExecutor executor() {
        return (opExecute, original, binding, execCxt, chain) -> {
            Optional<String> refused = refusal(opExecute.getService());
            if (refused.isEmpty()) {
                refused = resolvesInternally(opExecute.getService().getURI());
            }
            if (refused.isPresent()) {
                throw new QueryExecException(refused.get());
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        };
    }

    private Optional<String> resolvesInternally(String endpoint) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host(endpoint))) {
                if (isInternal(address)) {
                    return Optional.of("SERVICE <" + endpoint + "> refused: its host resolves to an internal address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException unknown) {
            return Optional.of("SERVICE <" + endpoint + "> refused: its host cannot be resolved");
        }
    }

    private String allowedText() {
        return allowed.isEmpty() ? "(none)" : String.join(", ", allowed);
    }

    private static String host(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.getHost();
        } catch (Exception malformed) {
            return null;
        }
    }

    private static boolean isLocalName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal");
    }

    /** The address an IP literal host names (no DNS look-up), or empty for a host name. */
    private static Optional<InetAddress> literalAddress(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean literal = bare.contains(":") || bare.matches("[0-9.]+") || bare.matches("(?i)0x[0-9a-f.x]+");
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
    }
}
