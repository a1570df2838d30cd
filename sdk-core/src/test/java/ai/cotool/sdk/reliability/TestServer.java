package ai.cotool.sdk.reliability;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A WireMock server on loopback, reset before each test, that counts requests the moment they arrive. (WireMock's
 * own journal records a delayed response only once it has been sent, so it cannot count a request the client
 * abandoned by timing out.)
 */
final class TestServer extends WireMockExtension {
  private final Counter counter;

  private TestServer(Builder builder, Counter counter) {
    super(builder);
    this.counter = counter;
  }

  /** A server with delays answered off the container threads. */
  static TestServer create() {
    return create(UnaryOperator.identity());
  }

  static TestServer create(UnaryOperator<WireMockConfiguration> customize) {
    Counter counter = new Counter();
    WireMockConfiguration options = WireMockConfiguration.options()
        .dynamicPort()
        .bindAddress("127.0.0.1")
        .asynchronousResponseEnabled(true)
        .notifier(new ConsoleNotifier(false))
        .extensions(counter);
    return new TestServer(newInstance().options(customize.apply(options)), counter);
  }

  @Override
  protected void onBeforeEach(WireMockRuntimeInfo info) {
    counter.reset();
  }

  /** Forgets stubs and requests, as between two tests. */
  void clear() {
    resetAll();
    counter.reset();
  }

  /** Forgets the requests received so far, keeping the stubs. */
  void clearRequests() {
    resetRequests();
    counter.reset();
  }

  /** @return the requests with this method whose path starts with {@code path}, received so far */
  int requests(String method, String path) {
    return counter.count(method, path);
  }

  /**
   * Waits up to 5 s for at least {@code expected} such requests, for a client that gave up before the server
   * answered; returns how many arrived.
   */
  int awaitRequests(String method, String path, int expected) {
    return counter.await(method, path, expected, TimeUnit.SECONDS.toNanos(5));
  }

  /** Counts each request before it is matched to a stub, so before any delay or fault. */
  private static final class Counter implements ServeEventListener {
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public synchronized void beforeMatch(ServeEvent event, Parameters parameters) {
      counts.merge(event.getRequest().getMethod().getName() + " " + event.getRequest().getUrl(), 1, Integer::sum);
      notifyAll();
    }

    synchronized void reset() {
      counts.clear();
    }

    synchronized int count(String method, String path) {
      return counts.entrySet().stream()
          .filter(e -> e.getKey().startsWith(method + " " + path))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    synchronized int await(String method, String path, int expected, long timeoutNanos) {
      long deadline = System.nanoTime() + timeoutNanos;
      int seen;
      while ((seen = count(method, path)) < expected) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return seen;
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "request-counter";
    }
  }
}
