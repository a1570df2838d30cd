package ai.cotool.sdk.async;

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
import java.util.function.UnaryOperator;

/**
 * A WireMock server on loopback, reset before each test, that counts requests the moment they arrive, before any
 * stub delay. (WireMock's journal records a delayed request only once its response was sent, so it cannot show a
 * request that the client cancelled while waiting.) Delays are served off the container threads.
 */
final class CountingServer extends WireMockExtension {
  private final Arrivals arrivals;

  private CountingServer(Builder builder, Arrivals arrivals) {
    super(builder);
    this.arrivals = arrivals;
  }

  static CountingServer create() {
    return create(UnaryOperator.identity());
  }

  static CountingServer create(UnaryOperator<WireMockConfiguration> customize) {
    Arrivals arrivals = new Arrivals();
    WireMockConfiguration options = WireMockConfiguration.options()
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

  String loopbackUrl() {
    return "http://127.0.0.1:" + getPort();
  }

  /** Forgets the requests received so far (journal and arrivals), keeping the stubs. */
  void forgetRequests() {
    resetRequests();
    arrivals.reset();
  }

  /** @return how many requests arrived so far */
  int arrived() {
    return arrivals.count();
  }

  /** @return "METHOD url" of every request that arrived so far, in order of arrival */
  List<String> arrivedRequests() {
    return arrivals.all();
  }

  /** Waits up to 10 s for at least {@code expected} requests to have arrived; returns how many did. */
  int awaitArrived(int expected) {
    return arrivals.await(expected, TimeUnit.SECONDS.toNanos(10));
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

    synchronized int count() {
      return requests.size();
    }

    synchronized List<String> all() {
      return List.copyOf(requests);
    }

    synchronized int await(int expected, long timeoutNanos) {
      long deadline = System.nanoTime() + timeoutNanos;
      while (requests.size() < expected) {
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
      return requests.size();
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "async-request-arrivals";
    }
  }
}
