package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.testkit.FakeAlert;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fake's alerts, newest first, with the filters of {@code GET /api/alerts}. Thread-safe. Not API.
 */
public final class AlertStore {
  private static final Comparator<Entry> NEWEST_FIRST = Comparator
      .comparing((Entry e) -> e.alert.createdAt()).reversed()
      .thenComparing(Comparator.comparingLong((Entry e) -> e.displayNumber).reversed());

  private final List<Entry> entries = new ArrayList<>();

  /** One alert with what the filters need, computed once. */
  private static final class Entry {
    final FakeAlert alert;
    final JsonObject json;
    final String searchText;
    final long displayNumber;

    Entry(FakeAlert alert) {
      this.alert = alert;
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
   * @param detection a detection filter key: {@code cotool:<id>}, {@code external:<name>}, a detection id or name
   * @param detectionId exact match on the detection's id
   * @param originAgentId exact match
   * @param originDetectionHitId exact match
   */
  public record Filter(Set<String> statuses, Set<String> severities, Set<String> sources, String q,
      String assignedAgentId, String detection, String detectionId, String originAgentId,
      String originDetectionHitId) {}

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
      FakeAlert numbered = alert.displayId().isPresent() ? alert : alert.toBuilder().displayId("COT-" + next).build();
      Entry entry = new Entry(numbered);
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

  /** The keys the fake's filter-options would return: {@code cotool:<id>} or {@code external:<name>}. */
  public static String detectionKey(FakeAlert a) {
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

  private static boolean in(Set<String> allowed, String value) {
    return allowed == null || allowed.isEmpty() || (value != null && allowed.contains(value));
  }

  private static boolean equal(String wanted, String actual) {
    return wanted == null || wanted.equalsIgnoreCase(actual == null ? "" : actual);
  }
}
