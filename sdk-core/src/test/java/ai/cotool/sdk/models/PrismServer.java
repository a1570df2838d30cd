package ai.cotool.sdk.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism, a mock server driven by {@code spec/openapi.json} that nobody on this project
 * wrote. Installed from the npm registry into {@code sdk-core/target/prism} (never committed) on
 * first use, started on a free loopback port, and stopped with its whole process tree.
 */
final class PrismServer implements AutoCloseable {
  static final String VERSION = "5.16.0";
  private static final String PACKAGE = "@stoplight/prism-cli";
  private static final int LOG_LINES = 200;

  private final Process process;
  private final int port;
  private final Deque<String> log = new ArrayDeque<>();
  private final Thread shutdownHook;

  private PrismServer(Process process, int port) {
    this.process = process;
    this.port = port;
    this.shutdownHook = new Thread(this::stop, "prism-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * @return why Prism cannot run here ({@code node} or {@code npm} missing), or empty when it can
   */
  static Optional<String> unavailableReason() {
    for (String tool : List.of("node", "npm")) {
      try {
        Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          return Optional.of("'" + tool + " --version' failed");
        }
      } catch (IOException e) {
        return Optional.of("'" + tool + "' is not on the PATH (" + e.getMessage() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      }
    }
    return Optional.empty();
  }

  /**
   * The sdk-core directory: Maven runs tests there; an IDE may run them from the repository root.
   */
  static Path moduleDir() {
    Path dir =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    return Files.isDirectory(dir.resolve("sdk-core"))
            && Files.isRegularFile(dir.resolve("spec/openapi.json"))
        ? dir.resolve("sdk-core")
        : dir;
  }

  /**
   * Installs Prism into {@code target/prism} unless that exact version is there already. Another
   * JVM installing at the same time waits on a file lock.
   *
   * @return the Prism command-line script
   */
  // the lock is held for the try block, never referenced in it
  @SuppressWarnings("try")
  static Path install() throws IOException, InterruptedException {
    Path dir = moduleDir().resolve("target/prism");
    Files.createDirectories(dir);
    Path cli = dir.resolve("node_modules/" + PACKAGE + "/dist/index.js");
    Path manifest = dir.resolve("node_modules/" + PACKAGE + "/package.json");
    try (FileChannel lockFile =
            FileChannel.open(
                dir.resolve(".install.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      if (Files.isRegularFile(cli)
          && Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"")) {
        return cli;
      }
      // a package.json of its own keeps npm from looking for one in the directories above
      Files.writeString(
          dir.resolve("package.json"),
          "{\"private\": true, \"description\": \"test tool, not shipped\"}\n");
      Path npmLog = dir.resolve("npm-install.log");
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--no-save",
                  "--loglevel=error",
                  "--prefix",
                  dir.toString(),
                  PACKAGE + "@" + VERSION)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(npmLog.toFile())
              .start();
      if (!npm.waitFor(5, TimeUnit.MINUTES)) {
        destroyTree(npm.toHandle());
        throw new IOException(
            "npm install " + PACKAGE + "@" + VERSION + " took over 5 minutes; see " + npmLog);
      }
      if (npm.exitValue() != 0 || !Files.isRegularFile(cli)) {
        throw new IOException(
            "npm install "
                + PACKAGE
                + "@"
                + VERSION
                + " failed (exit "
                + npm.exitValue()
                + "):\n"
                + Files.readString(npmLog));
      }
      return cli;
    }
  }

  /**
   * Starts {@code prism mock} on a free loopback port and waits until it listens.
   *
   * @param cli the script {@link #install()} returned
   * @param spec the OpenAPI document
   */
  static PrismServer start(Path cli, Path spec) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0;
        attempt < 3;
        attempt++) { // a free port can be taken before Prism binds it
      int port = freePort();
      Process process =
          new ProcessBuilder(
                  "node",
                  cli.toString(),
                  "mock",
                  "-h",
                  "127.0.0.1",
                  "-p",
                  Integer.toString(port),
                  spec.toString())
              .redirectErrorStream(true)
              .start();
      PrismServer server = new PrismServer(process, port);
      try {
        server.awaitListening();
        return server;
      } catch (IOException e) {
        server.close();
        last = e;
      }
    }
    throw last;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * @return Prism's most recent output lines
   */
  synchronized String recentLog() {
    return String.join("\n", log);
  }

  private void awaitListening() throws IOException, InterruptedException {
    CountDownLatch listening = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  remember(line);
                  if (line.contains("Prism is listening")) {
                    listening.countDown();
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "prism-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!listening.await(200, TimeUnit.MILLISECONDS)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IOException(
            "Prism did not start ("
                + (process.isAlive() ? "still silent after 90 s" : "exit " + process.exitValue())
                + "):\n"
                + recentLog());
      }
    }
  }

  private synchronized void remember(String line) {
    if (log.size() == LOG_LINES) {
      log.removeFirst();
    }
    log.addLast(line);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop() {
    destroyTree(process.toHandle());
  }

  /** Ends the process and everything it started: politely, then by force after 10 s. */
  private static void destroyTree(ProcessHandle root) {
    List<ProcessHandle> tree = root.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    root.destroy();
    try {
      root.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      root.destroyForcibly();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook stops Prism
    }
  }
}
