package org.hamsafar.actions.notify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to addresses chosen beforehand. A general HTTP client resolves the URL's host
 * name itself when it connects, so a name checked a moment earlier can answer differently the
 * second time (DNS rebinding: public when checked, 127.0.0.1 or a metadata service when used).
 * Here the connection goes to the very addresses that were checked, while the request still names
 * the URL's host: the {@code Host} header, and for https the TLS server name (SNI) and the
 * certificate check are for that host name, as for any other client.
 *
 * <p>Only what webhooks need: a body of known length, {@code Connection: close}, no redirects,
 * no proxy; of the answer the status, the headers and the first bytes of the body. The whole
 * exchange after connecting is bounded by one deadline, checked before every read, so a receiver
 * that trickles bytes cannot hold a sender longer than the request timeout.
 */
final class PinnedHttpPost {
    private static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_HEADERS = 100;

    /** The receiver's answer: its status, headers (names in lower case, first value), and the start of its body. */
    record Answer(int status, Map<String, String> headers, byte[] bodyStart) {
    }

    private final SSLSocketFactory tls;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    PinnedHttpPost(SSLSocketFactory tls, Duration connectTimeout, Duration requestTimeout) {
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Posts {@code body} to {@code uri} through a connection to one of {@code addresses} (tried in
     * order within the connect timeout). Reads at most {@code bodyBytes} of the answer's body.
     *
     * @throws SocketTimeoutException when connecting or the exchange takes too long
     * @throws IOException when no address accepts the connection, TLS fails (a certificate that is
     *                     not for the host, for one) or the answer is not HTTP
     */
    Answer post(URI uri, List<InetAddress> addresses, Map<String, String> headers, byte[] body, int bodyBytes) throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try (Socket socket = connect(addresses, port)) {
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            Socket channel = https ? handshake(socket, bareHost, port, deadline) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(head(uri, host, https, port, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = new BufferedInputStream(new DeadlineInput(channel, deadline));
            return answer(in, bodyBytes);
        }
    }

    private Socket connect(List<InetAddress> addresses, int port) throws IOException {
        if (addresses.isEmpty()) {
            throw new IOException("no address to connect to");
        }
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        IOException last = null;
        for (InetAddress address : addresses) {
            long left = remainingMillis(deadline);
            if (left <= 0) {
                break;
            }
            Socket socket = new Socket(Proxy.NO_PROXY);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) Math.min(left, Integer.MAX_VALUE));
                socket.setTcpNoDelay(true);
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e instanceof SocketTimeoutException
                        ? new SocketTimeoutException("connecting to " + address.getHostAddress() + " timed out")
                        : new IOException("connecting to " + address.getHostAddress() + ":" + port + " failed: " + e.getMessage(), e);
            }
        }
        throw last != null ? last : new SocketTimeoutException("connecting timed out");
    }

    /** TLS over the pinned connection, for the URL's host name: its SNI, and its certificate checked against that name. */
    private Socket handshake(Socket socket, String host, int port, long deadline) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        // Off by default on a socket made this way: without it any trusted certificate, for any name, would do.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(host)) {
            try {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            } catch (IllegalArgumentException e) {
                // A name SNI cannot carry (an underscore, say): sent without SNI; the certificate is still checked against it.
            }
        }
        parameters.setApplicationProtocols(new String[] {"http/1.1"});
        ssl.setSSLParameters(parameters);
        long left = remainingMillis(deadline);
        if (left <= 0) {
            throw new SocketTimeoutException("request timed out");
        }
        ssl.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        ssl.startHandshake();
        return ssl;
    }

    private static String head(URI uri, String host, boolean https, int port, Map<String, String> headers, int length) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder();
        head.append("POST ").append(safe(target)).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(safe(defaultPort ? host : host + ":" + port)).append("\r\n");
        headers.forEach((name, value) -> head.append(safe(name)).append(": ").append(safe(value)).append("\r\n"));
        head.append("Content-Length: ").append(length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return head.toString();
    }

    /** A header line must stay one line of visible ASCII: nothing a value holds may start a header or a request of its own. */
    private static String safe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("not allowed in an HTTP request head: " + value);
            }
        }
        return value;
    }

    private static Answer answer(InputStream in, int bodyBytes) throws IOException {
        int[] budget = {MAX_HEAD};
        while (true) {
            String statusLine = line(in, budget);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
                throw new IOException("the answer is not HTTP/1.x: " + excerpt(statusLine));
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in, budget); !header.isEmpty(); header = line(in, budget)) {
                int colon = header.indexOf(':');
                if (colon > 0 && headers.size() < MAX_HEADERS) {
                    headers.putIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
                }
            }
            if (status >= 100 && status < 200 && status != 101) {
                continue; // an interim answer (100 Continue, 103 Early Hints): the final one follows
            }
            return new Answer(status, headers, bodyStart(in, status, headers, bodyBytes));
        }
    }

    /** Up to {@code max} bytes of the body, chunked or not. */
    private static byte[] bodyStart(InputStream in, int status, Map<String, String> headers, int max) throws IOException {
        if (max <= 0 || status == 204 || status == 304 || status == 101) {
            return new byte[0];
        }
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int[] budget = {MAX_HEAD};
            while (out.size() < max) {
                String sizeLine = line(in, budget);
                int semicolon = sizeLine.indexOf(';');
                long size;
                try {
                    size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
                } catch (NumberFormatException e) {
                    break;
                }
                if (size <= 0) {
                    break;
                }
                byte[] part = in.readNBytes((int) Math.min(size, max - out.size()));
                out.write(part);
                if (part.length < size) {
                    break; // the excerpt is full (or the body ended early)
                }
                line(in, budget); // the CRLF after the chunk
            }
            return out.toByteArray();
        }
        String length = headers.get("content-length");
        int wanted = max;
        if (length != null) {
            try {
                wanted = (int) Math.min(max, Math.max(0, Long.parseLong(length.strip())));
            } catch (NumberFormatException e) {
                wanted = max;
            }
        }
        return in.readNBytes(wanted);
    }

    /** One line of the head, without its CRLF; the head as a whole is bounded. */
    private static String line(InputStream in, int[] budget) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("the connection closed before the answer was complete");
            }
            if (--budget[0] < 0) {
                throw new IOException("the answer's head is longer than " + MAX_HEAD + " bytes");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static long remainingMillis(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    /** The socket's input, each read given only the time left before the deadline. */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        private void arm() throws IOException {
            long left = remainingMillis(deadline);
            if (left <= 0) {
                throw new SocketTimeoutException("request timed out");
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }
    }
}
