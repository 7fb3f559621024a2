package org.ai4skg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that runs its {@code done} action (once) the moment the servlet has written its last byte, before that
 * byte reaches the client: when the output is closed, or when the body reaches the {@code Content-Length} the servlet
 * declared (the container completes the response then, on its own). So a client that sends its next query as soon as it
 * has the whole answer to the last one finds the last one's slot free already.
 */
final class DoneWhenWritten extends HttpServletResponseWrapper {
    private final Runnable done;
    private final AtomicBoolean ran = new AtomicBoolean();
    private long declaredLength = -1;
    private ServletOutputStream output;
    private PrintWriter writer;

    DoneWhenWritten(HttpServletResponse response, Runnable done) {
        super(response);
        this.done = done;
    }

    /** Runs the action, unless it ran already. */
    void done() {
        if (ran.compareAndSet(false, true)) {
            done.run();
        }
    }

    @Override
    public void setContentLength(int length) {
        declaredLength = length;
        super.setContentLength(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        declaredLength = length;
        super.setContentLengthLong(length);
    }

    @Override
    public void setHeader(String name, String value) {
        declared(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        declared(name, value);
        super.addHeader(name, value);
    }

    private void declared(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name) && value != null) {
            try {
                declaredLength = Long.parseLong(value.trim());
            } catch (NumberFormatException notANumber) {
                declaredLength = -1;
            }
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (output == null) {
            output = new Counting(super.getOutputStream());
        }
        return output;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(super.getWriter()) {
                @Override
                public void close() {
                    flush();
                    done();
                    super.close();
                }
            };
        }
        return writer;
    }

    /** The servlet's output, counted, that ends the query when it is closed or holds the declared length. */
    private final class Counting extends ServletOutputStream {
        private final ServletOutputStream delegate;
        private long written;

        Counting(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            beforeWriting(1);
            delegate.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            beforeWriting(length);
            delegate.write(bytes, offset, length);
        }

        private void beforeWriting(int length) {
            written += length;
            if (declaredLength >= 0 && written >= declaredLength) {
                done();
            }
        }

        @Override
        public void flush() throws IOException {
            delegate.flush();
        }

        @Override
        public void close() throws IOException {
            done();
            delegate.close();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }
}
