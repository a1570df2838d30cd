package ai.cotool.sdk.testkit;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionHit;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.testkit.internal.AlertGenerator;
import ai.cotool.sdk.testkit.internal.Decoders;
import ai.cotool.sdk.testkit.internal.FakeApi;
import ai.cotool.sdk.testkit.internal.FakeApi.Exchange;
import ai.cotool.sdk.testkit.internal.FakeJson;
import ai.cotool.sdk.testkit.internal.LoopbackHttpServer;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A fake Cotool API on a free loopback port, for testing code that uses the SDK without the real
 * service. It serves the five original operations and the alert operations below with responses
 * valid against the API's OpenAPI document, keeps state like the API (created detections can be
 * accepted, alerts are filtered and paged), fails on demand, and records what it received in the
 * SDK's own types. Thread-safe; start one per test class (or use {@link CotoolFakeExtension}).
 *
 * <pre>{@code
 * try (CotoolFake fake = CotoolFake.start()) {
 *   MyService service = new MyService(fake.client());      // or build your own client on fake.baseUrl()
 *   fake.failNext(Operation.LIST_ALERTS, FakeError.rateLimited());
 *
 *   service.syncOpenAlerts();
 *
 *   assertThat(fake.alertQueries()).extracting(AlertListParams::statuses).containsOnly(List.of(AlertStatus.OPEN));
 * }
 * }</pre>
 *
 * <p>Requests must carry {@code Authorization: Bearer <any non-empty key>}, or the fake answers
 * 401. Its state:
 *
 * <ul>
 *   <li>{@code POST /api/detections} validates the body like the API (400 with {@code issues}
 *       otherwise) and creates a suggested, disabled detection with a fresh UUID; {@code POST
 *       /api/detections/{id}/accept} enables it (cron schedule from its cadence) and returns it; an
 *       unknown id is 404, a malformed one 400. {@code GET /api/detections} lists them all, in
 *       creation order. {@code GET /api/detections/{id}/outputs} gives a detection's output
 *       settings (disabled until set) and the destinations created so far; {@code PUT} replaces the
 *       settings ({@code enabled}, {@code destinationIds} as UUIDs, {@code sendMode}; 400 with
 *       {@code issues} otherwise).
 *   <li>{@code POST /api/output-destinations} answers the kind it was sent, its {@code config}
 *       built from the request; a webhook's token is never echoed, {@code hasToken} says whether
 *       one was set.
 *   <li>{@code POST /api/trigger/{source}/{triggerId}} starts an execution, or skips or fails as
 *       chosen with {@link #triggers()}.
 *   <li>{@code GET /api/alerts} filters and pages {@link #alerts()} like the API: comma lists for
 *       {@code status}, {@code severity} and {@code source}; {@code q} case-insensitive over title,
 *       description, detection name and external reference; exact UUID filters; {@code detection}
 *       matches a filter key ({@code cotool:<detectionId>} or {@code external:<name>}), a detection
 *       id or a detection name; {@code limit} 1 to 200 (default 100), {@code offset} from 0;
 *       anything invalid is 400 with {@code issues}.
 *   <li>{@code GET /api/alerts/{alertId}} (by UUID or display id {@code COT-<n>}) returns the alert
 *       with the first {@value FakeAlerts#DETAIL_TIMELINE_LIMIT} entries of its timeline; {@code
 *       GET /api/alerts/{alertId}/timeline} pages the timeline, oldest first ({@code limit} 1 to
 *       200, default 100; {@code offset}); {@code POST /api/alerts/{alertId}/comments} appends a
 *       comment ({@code bodyMarkdown} 1 to 20000 characters) and returns it as {@code entry};
 *       {@code POST /api/alerts/{alertId}/status} sets the alert's status (one of {@code
 *       AlertStatus}' values, with an optional {@code reason}), which {@code GET /api/alerts} and
 *       its filters then show, appends a status-change entry and returns both. An unknown alert is
 *       404, an invalid body 400 with {@code issues}. See {@link FakeAlerts} for the timeline's
 *       entries and how to read or seed them.
 *   <li>{@code GET /api/detections/hits} pages {@link #detectionHits()} ({@code limit} 1 to 200,
 *       default 100; {@code offset}); {@code POST /api/detections/hits/{hitId}/status} sets a hit's
 *       status (one of {@code DetectionHitStatus}' values, {@code reason} 1 to 2000 characters) and
 *       appends it to its {@code statusHistory}; an unknown hit is 404, a malformed id or invalid
 *       body 400.
 * </ul>
 */
public final class CotoolFake implements AutoCloseable {
  /** The API key of {@link #client()}; the fake accepts any non-empty key. */
  public static final String API_KEY = "cotool-fake-api-key";

  private final LoopbackHttpServer server;
  private final int port;
  private final FakeApi api;
  private final FakeAlerts alerts;
  private final FakeTriggers triggers;
  private final Object clientLock = new Object();
  private @Nullable CotoolClient client; // made on first use

  private CotoolFake(Supplier<List<FakeAlert>> defaultAlerts) {
    this.api = new FakeApi(defaultAlerts);
    this.alerts = new FakeAlerts(api.alerts(), defaultAlerts);
    this.triggers = new FakeTriggers(api);
    this.server = LoopbackHttpServer.start(api::handle);
    this.port = server.port();
  }

  /**
   * Starts a fake with the default data set ({@value FakeAlerts#DEFAULT_COUNT} alerts).
   *
   * @return the running fake; close it to stop it
   */
  public static CotoolFake start() {
    return builder().start();
  }

  /**
   * @return a builder to choose the fake's initial data set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the base URL of the fake, e.g. {@code http://127.0.0.1:54321}, for clients you build
   *     yourself
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * @return the loopback port the fake listens on
   */
  public int port() {
    return port;
  }

  /**
   * A client configured for this fake: its base URL, {@link #API_KEY}, and a sleeper that does not
   * wait, so retries of scheduled failures are instant. The same client every time; closed with the
   * fake.
   *
   * @return the client
   */
  public CotoolClient client() {
    synchronized (clientLock) {
      if (client == null) {
        client = clientBuilder().build();
      }
      return client;
    }
  }

  /**
   * A client builder preset like {@link #client()}, for tests that need other settings (a short
   * timeout, no retries). The caller closes the clients it builds.
   *
   * <pre>{@code
   * CotoolClient impatient = fake.clientBuilder().timeout(Duration.ofMillis(200)).maxRetries(0).build();
   * }</pre>
   *
   * @return the builder
   */
  public CotoolClient.Builder clientBuilder() {
    return CotoolClient.builder().apiKey(API_KEY).baseUrl(baseUrl()).sleeper(duration -> {});
  }

  /**
   * @return the alert data set, to replace, extend or regenerate
   */
  public FakeAlerts alerts() {
    return alerts;
  }

  /**
   * @return the trigger outcomes, to choose started, skipped or failed per trigger id
   */
  public FakeTriggers triggers() {
    return triggers;
  }

  /**
   * Makes the next call of {@code operation} fail with {@code error}; later calls are served
   * normally.
   *
   * @param operation the operation
   * @param error what to answer instead
   * @return this
   */
  public CotoolFake failNext(Operation operation, FakeError error) {
    return failNext(operation, 1, error);
  }

  /**
   * Makes the next {@code times} calls of {@code operation} fail with {@code error}, after any
   * failures already scheduled for it. Retries by the client count as calls.
   *
   * <pre>{@code
   * fake.failNext(Operation.LIST_ALERTS, 3, FakeError.serverError());   // more than the client's 2 retries
   * }</pre>
   *
   * @param operation the operation
   * @param times how many calls, at least 1
   * @param error what to answer instead
   * @return this
   */
  public CotoolFake failNext(Operation operation, int times, FakeError error) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(error, "error");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    api.schedule(operation, times, error.response());
    return this;
  }

  /**
   * @param operation the operation
   * @return how many scheduled failures of {@code operation} have not been served yet
   */
  public int pendingFailures(Operation operation) {
    return api.pendingFailures(operation);
  }

  /**
   * @return every request received since the start or the last {@link #reset()}, in order
   */
  public List<RecordedRequest> requests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (Exchange e : api.exchanges()) {
      out.add(
          new RecordedRequest(
              e.operation(),
              e.request().method(),
              e.request().path(),
              e.request().query(),
              e.request().headers(),
              e.request().body(),
              e.status(),
              e.fromScenario()));
    }
    return out;
  }

  /**
   * @param operation the operation
   * @return the requests of that operation, in order, including retries, failures and rejected ones
   */
  public List<RecordedRequest> requests(Operation operation) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : requests()) {
      if (r.operation().orElse(null) == operation) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * @param operation the operation
   * @return how many requests of that operation were received
   */
  public int requestCount(Operation operation) {
    return requests(operation).size();
  }

  /**
   * @return the detections created successfully, as the code under test sent them, in order
   */
  public List<CreateDetectionParams> createdDetections() {
    List<CreateDetectionParams> out = new ArrayList<>();
    for (JsonObject body : api.createdDetections()) {
      out.add(Decoders.createDetectionParams(body));
    }
    return out;
  }

  /**
   * @return every detection the fake holds, as it would return it now (accepted ones enabled), in
   *     creation order
   */
  public List<Detection> detections() {
    List<Detection> out = new ArrayList<>();
    for (JsonObject json : api.detections()) {
      out.add(Detection.fromJson(FakeJson.write(json)));
    }
    return out;
  }

  /**
   * The detection hits {@code GET /api/detections/hits} serves: one per alert of {@link #alerts()}
   * that a Cotool detection raised from a hit (its {@code originDetectionHitId}, which is the hit's
   * id), newest first, with the alert's detection, run, title and severity; a closed alert's hit is
   * {@code dismissed_fp}, {@code dismissed_tpb} or {@code resolved_tp}. Status changes through the
   * API are kept until {@link #reset()}.
   *
   * @return every hit, as the fake would return it now
   */
  public List<DetectionHit> detectionHits() {
    List<DetectionHit> out = new ArrayList<>();
    for (JsonObject json : api.hits().all()) {
      out.add(DetectionHit.fromJson(FakeJson.write(json)));
    }
    return out;
  }

  /**
   * @return the output destinations created successfully, as the code under test sent them, in
   *     order
   */
  public List<OutputDestinationParams> createdOutputDestinations() {
    List<OutputDestinationParams> out = new ArrayList<>();
    for (JsonObject body : api.createdDestinations()) {
      out.add(Decoders.outputDestinationParams(body));
    }
    return out;
  }

  /**
   * @return the parameters of every alert list request the fake answered with a page, as sent (one
   *     per page: the auto-pager's requests differ by offset)
   */
  public List<AlertListParams> alertQueries() {
    List<AlertListParams> out = new ArrayList<>();
    for (var query : api.alertQueries()) {
      out.add(Decoders.alertListParams(query));
    }
    return out;
  }

  /**
   * @return the trigger invocations the fake answered (started, skipped or failed), in order
   */
  public List<TriggerInvocation> triggerInvocations() {
    List<TriggerInvocation> out = new ArrayList<>();
    for (FakeApi.TriggerCall call : api.triggerCalls()) {
      out.add(
          new TriggerInvocation(
              TriggerSource.fromValue(call.source()), call.triggerId(), call.body()));
    }
    return out;
  }

  /**
   * Back to the initial state: the initial alerts, no detections, no trigger choices, no scheduled
   * failures, no recorded requests. The port and {@link #client()} stay.
   */
  public void reset() {
    api.reset();
  }

  /** Stops the server and closes {@link #client()}. */
  @Override
  public void close() {
    synchronized (clientLock) {
      if (client != null) {
        client.close();
        client = null;
      }
    }
    server.close();
  }

  @Override
  public String toString() {
    return "CotoolFake{" + baseUrl() + ", alerts=" + alerts.size() + "}";
  }

  /** Chooses the initial data set of a {@link CotoolFake}. */
  public static final class Builder {
    private Supplier<List<FakeAlert>> alerts =
        () -> AlertGenerator.generate(FakeAlerts.DEFAULT_COUNT, FakeAlerts.DEFAULT_SEED);

    private Builder() {}

    /**
     * @param count how many alerts to generate
     * @param seed the seed; the same seed gives the same alerts
     * @return this builder
     */
    public Builder generatedAlerts(int count, long seed) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0");
      }
      this.alerts = () -> AlertGenerator.generate(count, seed);
      return this;
    }

    /**
     * @param alerts the exact initial alerts (copied)
     * @return this builder
     */
    public Builder alerts(List<FakeAlert> alerts) {
      List<FakeAlert> copy = List.copyOf(alerts);
      this.alerts = () -> copy;
      return this;
    }

    /**
     * @return the running fake; close it to stop it
     */
    public CotoolFake start() {
      List<FakeAlert> initial = List.copyOf(alerts.get());
      return new CotoolFake(() -> initial);
    }
  }
}
