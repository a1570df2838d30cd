package ai.cotool.sdk.testsupport;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A WireMock server on loopback, reset before each test, that records requests the moment they
 * arrive, before any stub delay or fault. (WireMock's journal records a delayed request only once
 * its response was sent, so it cannot show a request the client abandoned by timing out or
 * cancelling.) Delays are served off the container threads.
 */
public final class CountingServer extends WireMockExtension {
  private final Arrivals arrivals;

  private CountingServer(Builder builder, Arrivals arrivals) {
    super(builder);
    this.arrivals = arrivals;
  }

  public static CountingServer create() {
    return create(UnaryOperator.identity());
  }

  public static CountingServer create(UnaryOperator<WireMockConfiguration> customize) {
    Arrivals arrivals = new Arrivals();
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .asynchronousResponseEnabled(true)
            .notifier(new ConsoleNotifier(false))
            .extensions(arrivals);
    return new CountingServer(newInstance().options(customize.apply(options)), arrivals);
  }

  @Override
  protected void onBeforeEach(WireMockRuntimeInfo info) {
    arrivals.reset();
  }

  public String loopbackUrl() {
    return "http://127.0.0.1:" + getPort();
  }

  /** Forgets stubs and requests, as between two tests. */
  public void clear() {
    resetAll();
    arrivals.reset();
  }

  /** Forgets the requests received so far (journal and arrivals), keeping the stubs. */
  public void forgetRequests() {
    resetRequests();
    arrivals.reset();
  }

  /**
   * @return how many requests arrived so far
   */
  public int arrived() {
    return arrivals.count(request -> true);
  }

  /**
   * @return "METHOD url" of every request that arrived so far, in order of arrival
   */
  public List<String> arrivedRequests() {
    return arrivals.all();
  }

  /**
   * @return how many requests with this method, whose URL starts with {@code path}, arrived so far
   */
  public int requests(String method, String path) {
    return arrivals.count(startsWith(method, path));
  }

  /**
   * Waits up to 10 s for at least {@code expected} requests to have arrived; returns how many did.
   */
  public int awaitArrived(int expected) {
    return arrivals.await(request -> true, expected);
  }

  /** Waits up to 10 s for at least {@code expected} such requests; returns how many arrived. */
  public int awaitRequests(String method, String path, int expected) {
    return arrivals.await(startsWith(method, path), expected);
  }

  private static Predicate<String> startsWith(String method, String path) {
    return request -> request.startsWith(method + " " + path);
  }

  /** Records each request before it is matched to a stub, so before any delay or fault. */
  private static final class Arrivals implements ServeEventListener {
    private final List<String> requests = new ArrayList<>();

    @Override
    public synchronized void beforeMatch(ServeEvent event, Parameters parameters) {
      requests.add(event.getRequest().getMethod().getName() + " " + event.getRequest().getUrl());
      notifyAll();
    }

    synchronized void reset() {
      requests.clear();
    }

    synchronized int count(Predicate<String> which) {
      return (int) requests.stream().filter(which).count();
    }

    synchronized List<String> all() {
      return List.copyOf(requests);
    }

    synchronized int await(Predicate<String> which, int expected) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      int seen;
      while ((seen = count(which)) < expected) {
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
      return "request-arrivals";
    }
  }
}
