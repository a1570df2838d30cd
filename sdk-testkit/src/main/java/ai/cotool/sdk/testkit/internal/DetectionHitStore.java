package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.testkit.FakeAlert;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake's detection hits for {@code GET /api/detections/hits} and {@code POST
 * /api/detections/hits/{hitId}/status}: one per alert of the data set that a Cotool detection
 * raised from a hit ({@code originDetectionHitId}), newest first, so they follow the alerts; status
 * changes are kept by hit id until {@link #clear()}. Thread-safe. Not API.
 */
public final class DetectionHitStore {
  /** The hit statuses the API documents. */
  public static final List<String> STATUSES =
      List.of("open", "dismissed_fp", "dismissed_tpb", "resolved_tp", "dismissed_old");

  private final AlertStore alerts;

  /** Hit id (lower case) to the hit as changed through the API. */
  private final Map<String, JsonObject> changed = new HashMap<>();

  public DetectionHitStore(AlertStore alerts) {
    this.alerts = alerts;
  }

  public synchronized void clear() {
    changed.clear();
  }

  /**
   * @return every hit, newest first, as the fake serves it now
   */
  public synchronized List<JsonObject> all() {
    List<JsonObject> out = new ArrayList<>();
    for (FakeAlert alert : alerts.all()) {
      if (alert.originDetectionHitId().isEmpty()
          || alert.detectionKind().orElse(null) != AlertDetectionKind.COTOOL) {
        continue;
      }
      String id = alert.originDetectionHitId().get();
      JsonObject hit = changed.get(id.toLowerCase(Locale.ROOT));
      out.add(hit != null ? hit.deepCopy() : hit(alert));
    }
    return out;
  }

  /**
   * @param hits the page
   * @param totalCount how many hits there are
   */
  public record Page(JsonArray hits, int totalCount) {}

  public synchronized Page page(int limit, long offset) {
    List<JsonObject> all = all();
    JsonArray page = new JsonArray();
    for (long i = offset; i < all.size() && i < offset + limit; i++) {
      page.add(all.get((int) i));
    }
    return new Page(page, all.size());
  }

  /**
   * Sets a hit's status and appends it to its {@code statusHistory}, by the API key's user.
   *
   * @return the hit after the change, or {@code null} for an unknown hit
   */
  public synchronized @Nullable JsonObject updateStatus(
      String hitId, String status, @Nullable String reason) {
    for (JsonObject hit : all()) {
      if (hitId.equalsIgnoreCase(FakeJson.string(hit, "id"))) {
        hit.addProperty("status", status);
        JsonObject change = new JsonObject();
        change.addProperty("status", status);
        change.addProperty("at", FakeJson.timestamp(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        change.addProperty("by", AlertStore.API_USER_ID);
        if (reason != null) {
          change.addProperty("reason", reason);
        }
        hit.getAsJsonArray("statusHistory").add(change);
        changed.put(hitId.toLowerCase(Locale.ROOT), hit.deepCopy());
        return hit;
      }
    }
    return null;
  }

  /**
   * The hit behind an alert: its detection, run and text; the status follows the alert's closing
   * disposition.
   */
  private static JsonObject hit(FakeAlert alert) {
    JsonObject hit = new JsonObject();
    String created = FakeJson.timestamp(alert.createdAt());
    hit.addProperty("id", alert.originDetectionHitId().get());
    hit.addProperty("detectionId", alert.detectionId().orElseThrow());
    hit.addProperty("detectionName", alert.detectionName().orElseThrow());
    alert.originRunId().ifPresent(run -> hit.addProperty("runId", run));
    hit.addProperty("runTitle", alert.title());
    hit.addProperty("runCreatedAt", created);
    String status = status(alert.status());
    hit.addProperty("status", status);
    JsonArray history = new JsonArray();
    history.add(change("open", created));
    if (!status.equals("open")) {
      history.add(change(status, FakeJson.timestamp(alert.updatedAt())));
    }
    hit.add("statusHistory", history);
    hit.addProperty("confidence", 50 + Math.floorMod(alert.id().hashCode(), 50));
    JsonArray evidence = new JsonArray();
    alert.description().ifPresent(evidence::add);
    hit.add("evidence", evidence);
    hit.addProperty("summary", alert.description().orElse(alert.title()));
    hit.addProperty("headline", alert.title());
    hit.add("statistics", new JsonArray());
    alert.severity().ifPresent(s -> hit.addProperty("severity", s.value()));
    return hit;
  }

  private static JsonObject change(String status, String at) {
    JsonObject change = new JsonObject();
    change.addProperty("status", status);
    change.addProperty("at", at);
    return change;
  }

  private static String status(AlertStatus alertStatus) {
    switch (alertStatus) {
      case CLOSED_FALSE_POSITIVE:
        return "dismissed_fp";
      case CLOSED_TRUE_POSITIVE_BENIGN:
        return "dismissed_tpb";
      case CLOSED_TRUE_POSITIVE:
        return "resolved_tp";
      default:
        return "open";
    }
  }
}
