package ai.cotool.sdk.testkit.internal;

import jakarta.annotation.Nullable;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on a free loopback port, on the JDK alone: reads each request
 * (keep-alive, bodies by {@code Content-Length} or chunked), asks the handler, and writes its
 * answer, or a network fault instead (a reset, a closed connection, a malformed chunk, garbage). It
 * serves the fake only; being plain sockets, it puts no HTTP server library (and none of a user's
 * own versions) on the classpath. Not API.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final byte[] GARBAGE =
      "lskdu018973t09sylgasjkfg1][]'./.sdlv\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final Function<IncomingRequest, FakeResponse> handler;
  private final ExecutorService workers;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  private LoopbackHttpServer(Function<IncomingRequest, FakeResponse> handler) throws IOException {
    this.handler = handler;
    this.serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    AtomicInteger count = new AtomicInteger();
    int port = serverSocket.getLocalPort();
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "cotool-fake-" + port + "-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.acceptor = new Thread(this::acceptLoop, "cotool-fake-" + port + "-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * @param handler answers one request
   * @return the running server
   */
  public static LoopbackHttpServer start(Function<IncomingRequest, FakeResponse> handler) {
    try {
      return new LoopbackHttpServer(handler);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback port for the fake", e);
    }
  }

  public int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(socket);
      try {
        workers.execute(() -> serve(socket));
      } catch (RuntimeException rejected) { // closing
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        String requestLine = line(in);
        if (requestLine == null) {
          return; // the client closed the connection
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3) {
          return;
        }
        Map<String, List<String>> headers = headers(in);
        byte[] body = body(in, headers);
        IncomingRequest request =
            IncomingRequest.of(
                parts[0], parts[1], headers, new String(body, StandardCharsets.UTF_8));
        FakeResponse response = handler.apply(request);
        if (!response.delay().isZero() && !pause(response.delay())) {
          return;
        }
        if (response.fault() != null) {
          fault(socket, out, response.fault());
          return;
        }
        write(out, request, response);
        if ("close".equalsIgnoreCase(request.header("connection"))) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or sent something that is not HTTP: drop the connection
    } finally {
      open.remove(socket);
    }
  }

  /** Waits as a slow server would; false when the server is closing. */
  private static boolean pause(Duration delay) {
    try {
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void write(OutputStream out, IncomingRequest request, FakeResponse response)
      throws IOException {
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    boolean noBody =
        request.method().equals("HEAD") || response.status() == 204 || response.status() == 304;
    StringBuilder head =
        new StringBuilder(256)
            .append("HTTP/1.1 ")
            .append(response.status())
            .append(' ')
            .append(reason(response.status()))
            .append("\r\n");
    response
        .headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(noBody ? 0 : body.length).append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    if (!noBody) {
      out.write(body);
    }
    out.flush();
  }

  private static void fault(Socket socket, OutputStream out, FakeResponse.NetworkFault fault)
      throws IOException {
    switch (fault) {
      case EMPTY_RESPONSE:
        break; // closed by the caller without a byte
      case MALFORMED_CHUNK:
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.write(GARBAGE);
        out.flush();
        break;
      case RANDOM_DATA_THEN_CLOSE:
        out.write(GARBAGE);
        out.flush();
        break;
      default: // CONNECTION_RESET: an RST instead of an orderly close
        socket.setSoLinger(true, 0);
        break;
    }
  }

  /** One CRLF-terminated line in ISO-8859-1; {@code null} at the end of the stream. */
  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_HEADER_BYTES) {
        throw new IOException("header line too long");
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static Map<String, List<String>> headers(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String line;
    while ((line = line(in)) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(line.substring(0, colon).trim(), n -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
    String transferEncoding = header(headers, "transfer-encoding");
    if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line(in);
        if (size == null) {
          throw new IOException("truncated chunk");
        }
        int semicolon = size.indexOf(';');
        int length =
            Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (length == 0) {
          while ((size = line(in)) != null && !size.isEmpty()) {
            // trailers, ignored
          }
          return body.toByteArray();
        }
        body.write(in.readNBytes(length));
        line(in);
      }
    }
    String contentLength = header(headers, "content-length");
    if (contentLength == null) {
      return new byte[0];
    }
    int length = Integer.parseInt(contentLength.trim());
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new IOException("truncated body");
    }
    return body;
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  private static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 204:
        return "No Content";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "Status " + status;
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /**
   * Stops accepting, drops open connections (delayed answers included) and waits for the threads to
   * end.
   */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    workers.shutdownNow();
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
