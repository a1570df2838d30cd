package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.testkit.FakeAlert;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The fake's alerts, newest first, with the filters of {@code GET /api/alerts}, and each alert's
 * timeline (oldest entry first) for {@code GET /api/alerts/{alertId}}, its timeline, comments and
 * status changes. Thread-safe. Not API.
 */
public final class AlertStore {
  /** {@code kind} of the first entry of every timeline. */
  public static final String KIND_CREATED = "created";

  /** {@code kind} of a comment. */
  public static final String KIND_COMMENT = "comment";

  /** {@code kind} of a status change. */
  public static final String KIND_STATUS_CHANGE = "status_change";

  /**
   * The user behind the fake's API key: the actor of comments and status changes made through the
   * API.
   */
  public static final String API_USER_ID = "5f0c2a8e-3b1d-4c6e-9a7f-2d8b4e1c0a93";

  /** Its display name. */
  public static final String API_USER_NAME = "API key";

  private static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing((Entry e) -> e.alert.createdAt())
          .reversed()
          .thenComparing(Comparator.comparingLong((Entry e) -> e.displayNumber).reversed());

  private final List<Entry> entries = new ArrayList<>();

  /** One alert with what the filters need, computed once. */
  private static final class Entry {
    final FakeAlert alert;
    final JsonObject json;
    final String searchText;
    final long displayNumber;

    /** Oldest first; shared by the entries that replace this one for the same alert id. */
    final List<JsonObject> timeline;

    Entry(FakeAlert alert, List<JsonObject> timeline) {
      this.alert = alert;
      this.timeline = timeline;
      this.json = JsonParser.parseString(alert.toJson()).getAsJsonObject();
      StringBuilder text = new StringBuilder(alert.title());
      alert.description().ifPresent(d -> text.append('\n').append(d));
      alert.detectionName().ifPresent(d -> text.append('\n').append(d));
      alert.externalRef().ifPresent(d -> text.append('\n').append(d));
      this.searchText = text.toString().toLowerCase(Locale.ROOT);
      this.displayNumber = Long.parseLong(alert.displayId().orElseThrow().substring(4));
    }
  }

  /**
   * The filters of one query, already validated; {@code null} or empty means "no filter".
   *
   * @param statuses wire values of {@code status}
   * @param severities wire values of {@code severity}
   * @param sources wire values of the query parameter "source"
   * @param q free text, matched case-insensitively
   * @param assignedAgentId exact match
   * @param detection a detection filter key: {@code cotool:<id>}, {@code external:<name>}, a
   *     detection id or name
   * @param detectionId exact match on the detection's id
   * @param originAgentId exact match
   * @param originDetectionHitId exact match
   */
  public record Filter(
      @Nullable Set<String> statuses,
      @Nullable Set<String> severities,
      @Nullable Set<String> sources,
      @Nullable String q,
      @Nullable String assignedAgentId,
      @Nullable String detection,
      @Nullable String detectionId,
      @Nullable String originAgentId,
      @Nullable String originDetectionHitId) {}

  /**
   * @param page the alerts of the requested page as JSON objects
   * @param totalCount how many alerts match in all
   */
  public record Page(JsonArray page, int totalCount) {}

  public synchronized void replace(Collection<FakeAlert> alerts) {
    entries.clear();
    add(alerts);
  }

  public synchronized void add(Collection<FakeAlert> alerts) {
    long next = entries.stream().mapToLong(e -> e.displayNumber).max().orElse(1000) + 1;
    for (FakeAlert alert : alerts) {
      FakeAlert numbered =
          alert.displayId().isPresent()
              ? alert
              : alert.toBuilder().displayId("COT-" + next).build();
      Entry previous = find(numbered.id());
      Entry entry =
          previous == null ? withInitialTimeline(numbered) : new Entry(numbered, previous.timeline);
      next = Math.max(next, entry.displayNumber) + 1;
      entries.removeIf(e -> e.alert.id().equals(numbered.id()));
      entries.add(entry);
    }
    entries.sort(NEWEST_FIRST);
  }

  public synchronized List<FakeAlert> all() {
    List<FakeAlert> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      out.add(e.alert);
    }
    return out;
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized Page query(Filter filter, int limit, long offset) {
    List<Entry> matching = new ArrayList<>();
    for (Entry e : entries) {
      if (matches(e, filter)) {
        matching.add(e);
      }
    }
    JsonArray page = new JsonArray();
    for (long i = offset; i < matching.size() && i < offset + limit; i++) {
      page.add(matching.get((int) i).json.deepCopy());
    }
    return new Page(page, matching.size());
  }

  // ---- one alert: lookup, timeline, comments, status
  // -------------------------------------------------------

  /**
   * @param alertId the alert's UUID or display id ({@code COT-1042}), case-insensitive
   * @return the alert as it is now, or {@code null}
   */
  public synchronized @Nullable FakeAlert get(String alertId) {
    Entry e = find(alertId);
    return e == null ? null : e.alert;
  }

  /**
   * @param alertId the alert's UUID or display id
   * @param timelineLimit how many timeline entries to embed (the first ones)
   * @return the alert of {@code GET /api/alerts/{alertId}} with {@code timeline}, or {@code null}
   */
  public synchronized @Nullable JsonObject detail(String alertId, int timelineLimit) {
    Entry e = find(alertId);
    if (e == null) {
      return null;
    }
    JsonObject alert = e.json.deepCopy();
    alert.add("timeline", slice(e.timeline, timelineLimit, 0));
    return alert;
  }

  /**
   * @param entries the page of entries
   * @param totalCount how many entries the timeline has
   */
  public record TimelinePage(JsonArray entries, int totalCount) {}

  /**
   * @return the page of the alert's timeline, oldest first, or {@code null} for an unknown alert
   */
  public synchronized @Nullable TimelinePage timeline(String alertId, int limit, long offset) {
    Entry e = find(alertId);
    return e == null ? null : new TimelinePage(slice(e.timeline, limit, offset), e.timeline.size());
  }

  /**
   * @return copies of the alert's whole timeline, oldest first, or {@code null} for an unknown
   *     alert
   */
  public synchronized @Nullable List<JsonObject> timeline(String alertId) {
    Entry e = find(alertId);
    if (e == null) {
      return null;
    }
    List<JsonObject> out = new ArrayList<>();
    e.timeline.forEach(entry -> out.add(entry.deepCopy()));
    return out;
  }

  /**
   * Appends a comment by the API key's user.
   *
   * @return the new entry, or {@code null} for an unknown alert
   */
  public synchronized @Nullable JsonObject comment(String alertId, String bodyMarkdown) {
    Entry e = find(alertId);
    if (e == null) {
      return null;
    }
    JsonObject entry =
        entry(e.alert, UUID.randomUUID().toString(), now(e), KIND_COMMENT, bodyMarkdown);
    apiUser(entry);
    e.timeline.add(entry);
    return entry.deepCopy();
  }

  /**
   * @param alert the alert as {@code POST /api/alerts/{alertId}/status} returns it
   * @param entry the status-change entry appended to its timeline
   */
  public record StatusChange(JsonObject alert, JsonObject entry) {}

  /**
   * Changes the alert's status (closing sets {@code resolvedAt} and {@code derivedDisposition},
   * reopening clears them) and appends a status-change entry by the API key's user, also when the
   * status stays the same.
   *
   * @return the change, or {@code null} for an unknown alert
   */
  public synchronized @Nullable StatusChange updateStatus(
      String alertId, AlertStatus status, @Nullable String reason) {
    Entry e = find(alertId);
    if (e == null) {
      return null;
    }
    FakeAlert before = e.alert;
    String at = now(e);
    Instant instant = Instant.parse(at);
    FakeAlert.Builder b = before.toBuilder().status(status).updatedAt(instant);
    if (status.isClosed()) {
      b.resolvedAt(before.status().isClosed() ? before.resolvedAt().orElse(instant) : instant)
          .derivedDisposition(status.disposition().orElse(null));
    } else {
      b.resolvedAt(null).derivedDisposition(null);
    }
    if (status != AlertStatus.OPEN && before.firstTriagedAt().isEmpty()) {
      b.firstTriagedAt(instant);
    }
    FakeAlert after = b.build();
    Entry replaced = new Entry(after, e.timeline);
    entries.set(entries.indexOf(e), replaced);
    String text =
        "Status changed from `"
            + before.status().value()
            + "` to `"
            + status.value()
            + "`"
            + (reason == null || reason.isEmpty() ? "" : "\n\n" + reason);
    JsonObject entry = entry(after, UUID.randomUUID().toString(), at, KIND_STATUS_CHANGE, text);
    apiUser(entry);
    e.timeline.add(entry);
    JsonObject alert = replaced.json.deepCopy();
    // The documented status response's alert has no agent names (spec/README.md).
    alert.remove("originAgentName");
    alert.remove("assignedAgentName");
    return new StatusChange(alert, entry.deepCopy());
  }

  /**
   * Appends an entry as seeded by a test (not through the API).
   *
   * @return the new entry, or {@code null} for an unknown alert
   */
  public synchronized @Nullable JsonObject append(
      String alertId,
      String kind,
      String bodyMarkdown,
      @Nullable Instant at,
      @Nullable String actorUserName) {
    Entry e = find(alertId);
    if (e == null) {
      return null;
    }
    JsonObject entry =
        entry(
            e.alert,
            UUID.randomUUID().toString(),
            FakeJson.timestamp(at == null ? Instant.parse(now(e)) : at),
            kind,
            bodyMarkdown);
    if (actorUserName != null) {
      entry.addProperty(
          "actorUserId",
          UUID.nameUUIDFromBytes(actorUserName.getBytes(StandardCharsets.UTF_8)).toString());
      entry.addProperty("actorUserName", actorUserName);
    }
    e.timeline.add(entry);
    return entry.deepCopy();
  }

  private @Nullable Entry find(@Nullable String alertId) {
    if (alertId == null) {
      return null;
    }
    for (Entry e : entries) {
      if (e.alert.id().equalsIgnoreCase(alertId)
          || e.alert.displayId().orElse("").equalsIgnoreCase(alertId)) {
        return e;
      }
    }
    return null;
  }

  private static JsonArray slice(List<JsonObject> timeline, int limit, long offset) {
    JsonArray page = new JsonArray();
    for (long i = offset; i < timeline.size() && i < offset + limit; i++) {
      page.add(timeline.get((int) i).deepCopy());
    }
    return page;
  }

  /** Now, but never before the timeline's last entry, so the timeline stays in order. */
  private static String now(Entry e) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    if (!e.timeline.isEmpty()) {
      Instant last =
          Instant.parse(FakeJson.string(e.timeline.get(e.timeline.size() - 1), "createdAt"));
      if (now.isBefore(last)) {
        now = last;
      }
    }
    return FakeJson.timestamp(now);
  }

  private static void apiUser(JsonObject entry) {
    entry.addProperty("actorUserId", API_USER_ID);
    entry.addProperty("actorUserName", API_USER_NAME);
  }

  /**
   * A timeline entry: only the properties that have a value (the entry schema has no nullable
   * property).
   */
  private static JsonObject entry(
      FakeAlert alert, String id, String createdAt, String kind, String bodyMarkdown) {
    JsonObject entry = new JsonObject();
    entry.addProperty("id", id);
    entry.addProperty("organizationId", organizationId(alert));
    entry.addProperty("alertId", alert.id());
    entry.addProperty("createdAt", createdAt);
    entry.addProperty("kind", kind);
    entry.addProperty("bodyMarkdown", bodyMarkdown);
    return entry;
  }

  private static @Nullable String organizationId(FakeAlert alert) {
    return FakeJson.string(
        JsonParser.parseString(alert.toJson()).getAsJsonObject(), "organizationId");
  }

  /**
   * A new alert's timeline: its creation (by its origin agent, if any, with the source in {@code
   * metadata}) and, for an alert that is no longer open, one status change at its last update. Ids
   * derive from the alert id, so the same alerts always have the same timelines.
   */
  private static Entry withInitialTimeline(FakeAlert alert) {
    JsonObject json = JsonParser.parseString(alert.toJson()).getAsJsonObject();
    List<JsonObject> timeline = new ArrayList<>();
    JsonObject created =
        entry(
            alert,
            derivedId(alert, KIND_CREATED),
            FakeJson.timestamp(alert.createdAt()),
            KIND_CREATED,
            "Alert created: " + alert.title());
    alert.originAgentId().ifPresent(agent -> created.addProperty("actorAgentId", agent));
    String agentName = FakeJson.string(json, "originAgentName");
    if (agentName != null) {
      created.addProperty("actorAgentName", agentName);
    }
    JsonObject metadata = new JsonObject();
    metadata.add("source", json.get("source").deepCopy());
    for (String id : new String[] {"originDetectionHitId", "originTriggerId"}) {
      JsonElement value = json.get(id);
      if (value != null && !value.isJsonNull()) {
        metadata.add(id, value.deepCopy());
      }
    }
    created.add("metadata", metadata);
    timeline.add(created);
    if (alert.status() != AlertStatus.OPEN) {
      timeline.add(
          entry(
              alert,
              derivedId(alert, KIND_STATUS_CHANGE),
              FakeJson.timestamp(alert.updatedAt()),
              KIND_STATUS_CHANGE,
              "Status changed from `open` to `" + alert.status().value() + "`"));
    }
    return new Entry(alert, timeline);
  }

  private static String derivedId(FakeAlert alert, String kind) {
    return UUID.nameUUIDFromBytes((alert.id() + ":" + kind).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static boolean matches(Entry e, Filter f) {
    FakeAlert a = e.alert;
    return in(f.statuses(), a.status().value())
        && in(f.severities(), a.severity().map(s -> s.value()).orElse(null))
        && in(f.sources(), a.sourceName().value())
        && (f.q() == null || e.searchText.contains(f.q().toLowerCase(Locale.ROOT)))
        && equal(f.assignedAgentId(), a.assignedAgentId().orElse(null))
        && equal(f.detectionId(), a.detectionId().orElse(null))
        && equal(f.originAgentId(), a.originAgentId().orElse(null))
        && equal(f.originDetectionHitId(), a.originDetectionHitId().orElse(null))
        && (f.detection() == null || detectionKeyMatches(f.detection(), a));
  }

  /**
   * The keys the fake's filter-options would return: {@code cotool:<id>} or {@code
   * external:<name>}.
   */
  public static @Nullable String detectionKey(FakeAlert a) {
    if (a.detectionKind().isEmpty()) {
      return null;
    }
    return a.detectionKind().get() == AlertDetectionKind.COTOOL && a.detectionId().isPresent()
        ? "cotool:" + a.detectionId().get()
        : "external:" + a.detectionName().orElse("");
  }

  private static boolean detectionKeyMatches(String key, FakeAlert a) {
    if (a.detectionKind().isEmpty()) {
      return false;
    }
    return key.equals(detectionKey(a))
        || key.equalsIgnoreCase(a.detectionId().orElse(""))
        || key.equals(a.detectionName().orElse(null));
  }

  private static boolean in(@Nullable Set<String> allowed, @Nullable String value) {
    return allowed == null || allowed.isEmpty() || (value != null && allowed.contains(value));
  }

  private static boolean equal(@Nullable String wanted, @Nullable String actual) {
    return wanted == null || wanted.equalsIgnoreCase(actual == null ? "" : actual);
  }
}
