package org.ai4skg.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;

/**
 * The first filter of every request: refuses with a short plain 4xx what no servlet could serve, so that a bad
 * request never reaches a servlet that would turn it into a 500. Methods other than GET, HEAD, POST and OPTIONS get
 * {@code 405}; a query string or body over the {@link RequestLimits} gets {@code 413}; parameters (of the query string
 * or a form body) that do not decode, bad percent-escapes or bad UTF-8, get {@code 400}. The parameters are decoded
 * here once, and Jetty keeps them for the servlets. The servlets see no {@code Content-Type} on a request other than
 * POST (it has no body that the type could describe). The body, read whole by {@link BodyTimeout} before any filter,
 * is read here from memory: no thread waits for a slow client.
 */
final class BadRequestFilter implements Filter {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    private final RequestLimits limits;

    BadRequestFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this server only reads: " + ALLOW);
            return;
        }
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > limits.queryStringBytes()) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the query string is longer than "
                    + limits.queryStringBytes() + " bytes; send a long query by POST");
            return;
        }
        long length = request.getContentLengthLong();
        if (length > limits.bodyBytes()) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
            return;
        }
        HttpServletRequest passed = request;
        if (!"POST".equals(request.getMethod()) && request.getContentType() != null) {
            // A GET has no body to be typed; Fuseki would look for the query in it (a GET typed
            // application/sparql-query without ?query= was a 500).
            passed = new WithoutContentType(request);
        }
        if (length < 0 && "POST".equals(request.getMethod()) && !isForm(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.bodyBytes() + 1));
            if (body.length > limits.bodyBytes()) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
                return;
            }
            passed = new BufferedBody(request, body);
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException undecodable) {
            if (status(undecodable) == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
            } else {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                        "the parameters do not decode: percent-escapes must be %XX and the text UTF-8");
            }
            return;
        }
        chain.doFilter(passed, response);
    }

    private String tooLarge() {
        return "the request body is larger than " + limits.bodyBytes() + " bytes";
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The HTTP status Jetty gave the failure (it wraps its own in others), or -1. */
    private static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                int code = http.getCode();
                if (code == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                    return code;
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("too large") || message.contains("larger than max")) {
                return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
        }
        return -1;
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(PlainErrorHandler.line(status, message).getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body (sent without a length) was read here, within the limit, and is read again from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("a buffered body is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = StandardCharsets.UTF_8;
            if (encoding != null && Charset.isSupported(encoding)) {
                charset = Charset.forName(encoding);
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** A request without its {@code Content-Type}. */
    private static final class WithoutContentType extends HttpServletRequestWrapper {
        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
