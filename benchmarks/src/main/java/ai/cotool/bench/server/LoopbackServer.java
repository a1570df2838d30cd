package ai.cotool.bench.server;

import ai.cotool.bench.data.AlertPageData;
import ai.cotool.bench.data.DetectionData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 (raw {@link ServerSocket}, one thread per keep-alive
 * connection) that answers from prebuilt bytes, so the server costs as little as possible and the
 * same for every client measured against it:
 *
 * <ul>
 *   <li>{@code GET /api/alerts?limit=L&offset=O}: a page of {@code L} alerts ({@link
 *       AlertPageData}) whose ids are those of offset {@code O}, with the configured {@code
 *       totalCount}; the page is copied into a per-connection buffer and its ids patched, no other
 *       work.
 *   <li>{@code POST /api/detections}: the {@link DetectionData} response (the request body is read
 *       and dropped).
 *   <li>anything else: 404.
 * </ul>
 *
 * It listens only on the loopback address and stops when closed.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final byte[] NOT_FOUND =
      "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
          .getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final ExecutorService threads;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Map<Integer, Page> pages = new ConcurrentHashMap<>();
  private final long totalCount;
  private final byte[] detectionResponse;
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean closed;

  /**
   * @param totalCount the {@code totalCount} every alerts page reports
   */
  public LoopbackServer(long totalCount) throws IOException {
    this.totalCount = totalCount;
    this.detectionResponse = withHeaders(DetectionData.responseBytes());
    this.serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "loopback-server-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    threads.execute(this::acceptLoop);
  }

  /** Prebuilds the page of {@code limit} alerts (otherwise built on first request). */
  public LoopbackServer preparePage(int limit) {
    page(limit);
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  public long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing
      }
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = serverSocket.accept();
        connections.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = socket.getOutputStream();
      byte[] buffer = new byte[0];
      StringBuilder line = new StringBuilder(256);
      while (!closed) {
        if (!readLine(in, line)) {
          return; // the client closed the connection
        }
        String requestLine = line.toString();
        long contentLength = 0;
        boolean close = false;
        while (readLine(in, line) && line.length() > 0) {
          String header = line.toString();
          int colon = header.indexOf(':');
          if (colon > 0) {
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
              contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
              close = true;
            }
          }
        }
        in.skipNBytes(contentLength);
        requests.incrementAndGet();
        String[] parts = requestLine.split(" ", 3);
        String method = parts[0];
        String target = parts.length > 1 ? parts[1] : "/";
        if (method.equals("GET")
            && (target.equals("/api/alerts") || target.startsWith("/api/alerts?"))) {
          int limit = (int) queryParam(target, "limit", 100);
          long offset = queryParam(target, "offset", 0);
          Page page = page(limit);
          if (buffer.length < page.header.length + page.data.length()) {
            buffer = new byte[page.header.length + page.data.length()];
          }
          System.arraycopy(page.header, 0, buffer, 0, page.header.length);
          page.data.writePage(offset, buffer, page.header.length);
          out.write(buffer, 0, page.header.length + page.data.length());
        } else if (method.equals("POST") && target.equals("/api/detections")) {
          out.write(detectionResponse);
        } else {
          out.write(NOT_FOUND);
        }
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // connection reset or server closed: nothing to do
    } finally {
      connections.remove(socket);
    }
  }

  private Page page(int limit) {
    if (limit < 1 || limit > 200) {
      throw new IllegalArgumentException("limit " + limit);
    }
    return pages.computeIfAbsent(
        limit,
        l -> {
          AlertPageData data = new AlertPageData(l, totalCount);
          return new Page(header(data.length()), data);
        });
  }

  private static long queryParam(String target, String name, long fallback) {
    int q = target.indexOf('?');
    if (q < 0) {
      return fallback;
    }
    for (String pair : target.substring(q + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return Long.parseLong(pair.substring(name.length() + 1));
      }
    }
    return fallback;
  }

  /** Reads one CRLF-terminated line into {@code line}; false at end of stream. */
  private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
          line.setLength(len - 1);
        }
        return true;
      }
      line.append((char) c);
    }
    return false;
  }

  private static byte[] header(int contentLength) {
    return ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
            + contentLength
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] withHeaders(byte[] body) {
    byte[] header = header(body.length);
    byte[] all = new byte[header.length + body.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(body, 0, all, header.length, body.length);
    return all;
  }

  private record Page(byte[] header, AlertPageData data) {}
}
