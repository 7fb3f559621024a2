package org.ai4skg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as one short line of plain text, {@code 400 Bad Request: reason}, whatever the client accepts:
 * no stack trace, no cause, no exception class, no HTML echoing the request. Used for the errors Jetty raises itself
 * (bad percent-encoding in a path, oversized headers, bad ranges) and for {@code sendError} of the servlets.
 */
final class PlainErrorHandler extends ErrorHandler {

    PlainErrorHandler() {
        quiet(this);
    }

    /** The same for the servlets' context, whose error handler must be a servlet one. */
    static ErrorHandler forServlets() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            {
                quiet(this);
            }

            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                         String contentType, List<Charset> charsets, int code,
                                                         String message, Throwable cause) throws IOException {
                return super.generateAcceptableResponse(request, response, callback, MimeTypes.Type.TEXT_PLAIN.asString(),
                        charsets, code, message, cause);
            }

            @Override
            protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
                writer.write(line(code, message));
            }
        };
    }

    private static void quiet(ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowOrigin(false);
        handler.setShowMessageInTitle(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause)
            throws IOException {
        return super.generateAcceptableResponse(request, response, callback, MimeTypes.Type.TEXT_PLAIN.asString(),
                charsets, code, message, cause);
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(line(code, message));
    }

    /** {@code 400 Bad Request: reason}, the reason dropped when it only repeats the status or names an exception. */
    static String line(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String text = code + " " + reason;
        String detail = message == null ? "" : message.replaceFirst("^\\d{3}: ", "").strip();
        if (!detail.isEmpty() && !detail.equalsIgnoreCase(reason) && !looksLikeAnException(detail)) {
            text += ": " + (detail.length() > 200 ? detail.substring(0, 200) : detail).replaceAll("[\\r\\n]+", " ");
        }
        return text + "\n";
    }

    private static boolean looksLikeAnException(String text) {
        return text.matches("(?s).*\\b([a-z]+\\.)+[A-Z]\\w*(Exception|Error)\\b.*") || text.contains("\tat ");
    }
}
