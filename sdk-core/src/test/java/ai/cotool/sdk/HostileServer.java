package ai.cotool.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback HTTP/1.1 server that answers with whatever bytes a test scripts, down to malformed
 * status lines, chunk sizes and interim responses that no server library would send. Every
 * connection is served on its own thread: one request is read (and recorded the moment it has
 * arrived, before any answer), the script writes the answer, and the connection is closed.
 */
final class HostileServer implements AutoCloseable {
  /** A request as it arrived: request line, headers (names lower-case) and body. */
  record Request(String method, String target, Map<String, String> headers, String body) {}

  /** Writes the answer to request number {@code index} (0-based). */
  interface Script {
    void answer(int index, Request request, OutputStream out)
        throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Script script;
  private final List<Request> requests = new ArrayList<>();

  HostileServer(Script script) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.script = script;
    Thread acceptor = new Thread(this::accept, "hostile-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Answers request {@code i} with {@code responses[i]}, and every later one with the last. */
  static HostileServer answering(String... responses) throws IOException {
    return new HostileServer(
        (index, request, out) ->
            out.write(
                responses[Math.min(index, responses.length - 1)].getBytes(
                    StandardCharsets.ISO_8859_1)));
  }

  /** A complete response with a JSON body and a correct Content-Length. */
  static String json(String statusLine, String body, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return "HTTP/1.1 "
        + statusLine
        + "\r\n"
        + String.join("", headers(headers))
        + "Content-Type: application/json\r\nContent-Length: "
        + bytes.length
        + "\r\nConnection: close\r\n\r\n"
        + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static List<String> headers(String... headers) {
    List<String> lines = new ArrayList<>();
    for (String header : headers) {
      lines.add(header + "\r\n");
    }
    return lines;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int port() {
    return socket.getLocalPort();
  }

  /**
   * @return the requests that have arrived so far, in order of arrival
   */
  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread handler = new Thread(() -> serve(connection), "hostile-server-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      Request request = read(in);
      int index;
      synchronized (requests) {
        index = requests.size();
        requests.add(request);
      }
      OutputStream out = connection.getOutputStream();
      script.answer(index, request, out);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server closed: nothing to answer
    }
  }

  private static Request read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("client closed");
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Request(requestLine[0], requestLine[1], headers, body);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
