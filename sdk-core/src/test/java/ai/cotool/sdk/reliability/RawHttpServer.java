package ai.cotool.sdk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers every request with the same raw bytes and then closes the connection: for
 * responses no well-behaved server library would send, such as a body shorter than its {@code Content-Length}.
 */
final class RawHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  RawHttpServer(String response) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.response = response.getBytes(StandardCharsets.ISO_8859_1);
    this.acceptor = new Thread(this::serve, "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** @return the requests read completely so far (each answered before the next is read) */
  int requests() {
    return requests.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        readRequest(connection.getInputStream());
        requests.incrementAndGet();
        OutputStream out = connection.getOutputStream();
        out.write(response);
        out.flush();
      } catch (IOException e) {
        // closed by close(), or the client went away: either way, next connection
      }
    }
  }

  /** Reads the head and, per its Content-Length, the body. */
  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("client closed");
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).strip());
      }
    }
    in.readNBytes((int) length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
