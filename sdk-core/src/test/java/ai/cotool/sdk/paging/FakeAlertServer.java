package ai.cotool.sdk.paging;

import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An in-memory {@code GET /api/alerts}: serves pages of a mutable list (newest first), counts and
 * records requests, and can misbehave on demand.
 */
final class FakeAlertServer implements Function<AlertListParams, AlertPage> {
  final List<Alert> alerts;
  final List<AlertListParams> requests = new ArrayList<>();
  private final Map<Integer, Runnable> beforeCall = new HashMap<>();
  private final Map<Integer, RuntimeException> failOnCall = new HashMap<>();
  private Runnable beforeEveryCall = () -> {};
  private int pageSizeCap = Integer.MAX_VALUE;
  private Long reportedTotal;
  private boolean ignoreOffset;

  FakeAlertServer(List<Alert> alerts) {
    this.alerts = new ArrayList<>(alerts);
  }

  static FakeAlertServer withAlerts(int count) {
    return new FakeAlertServer(alerts(1, count));
  }

  /** Alerts numbered {@code from} to {@code to}, inclusive. */
  static List<Alert> alerts(int from, int to) {
    List<Alert> alerts = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      alerts.add(alert(n));
    }
    return alerts;
  }

  static Alert alert(int n) {
    return Alert.fromJson(
        "{\"id\":\""
            + id(n)
            + "\",\"displayId\":\"COT-"
            + n
            + "\",\"title\":\"Alert "
            + n
            + "\",\"status\":\"open\",\"severity\":null}");
  }

  static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  int calls() {
    return requests.size();
  }

  FakeAlertServer capPageSizeAt(int cap) {
    this.pageSizeCap = cap;
    return this;
  }

  FakeAlertServer reportTotalCount(long total) {
    this.reportedTotal = total;
    return this;
  }

  FakeAlertServer ignoreOffset() {
    this.ignoreOffset = true;
    return this;
  }

  /** Runs {@code action} just before serving request number {@code call} (1-based). */
  FakeAlertServer before(int call, Runnable action) {
    beforeCall.put(call, action);
    return this;
  }

  FakeAlertServer beforeEveryCall(Runnable action) {
    this.beforeEveryCall = action;
    return this;
  }

  /** Request number {@code call} (1-based) fails once with {@code failure}. */
  FakeAlertServer failOnce(int call, RuntimeException failure) {
    failOnCall.put(call, failure);
    return this;
  }

  @Override
  public AlertPage apply(AlertListParams params) {
    requests.add(params);
    int call = requests.size();
    beforeEveryCall.run();
    beforeCall.getOrDefault(call, () -> {}).run();
    RuntimeException failure = failOnCall.remove(call);
    if (failure != null) {
      throw failure;
    }
    int from = ignoreOffset ? 0 : (int) Math.min(params.offset(), alerts.size());
    int to = Math.min(alerts.size(), from + Math.min(params.limit(), pageSizeCap));
    long total = reportedTotal != null ? reportedTotal : alerts.size();
    return new AlertPage(new ArrayList<>(alerts.subList(from, to)), total, params);
  }
}
