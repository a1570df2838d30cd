package ai.cotool.sdk.testkit;

import ai.cotool.sdk.models.TimelineEntry;
import ai.cotool.sdk.testkit.internal.AlertGenerator;
import ai.cotool.sdk.testkit.internal.AlertStore;
import ai.cotool.sdk.testkit.internal.FakeJson;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fake's alert data set, which {@code GET /api/alerts} filters and pages. Obtained from {@link
 * CotoolFake#alerts()}; thread-safe. Alerts are served newest first ({@code createdAt} descending).
 *
 * <p>By default the fake holds {@value #DEFAULT_COUNT} realistic alerts generated from seed {@value
 * #DEFAULT_SEED}: every status, severity (and a few without one) and source, with Cotool and
 * external detections, assignments and external references. The same seed always gives the same
 * alerts.
 *
 * <pre>{@code
 * fake.alerts().generate(1_000);                    // a bigger data set
 * fake.alerts().reset(List.of(FakeAlert.builder().title("Only this one").build()));
 * fake.alerts().add(FakeAlert.builder().severity(AlertSeverity.CRITICAL).build());
 * }</pre>
 *
 * <p>Each alert also has a timeline, served oldest entry first by {@code GET /api/alerts/{alertId}}
 * (its first {@value #DETAIL_TIMELINE_LIMIT} entries) and {@code GET
 * /api/alerts/{alertId}/timeline} (paged). A new alert's timeline starts with a {@value
 * #KIND_CREATED} entry (and a {@value #KIND_STATUS_CHANGE} entry when it is not open); {@code POST
 * /api/alerts/{alertId}/comments} appends a {@value #KIND_COMMENT} entry and {@code POST
 * /api/alerts/{alertId}/status} changes the alert (as {@link #get(String)} and {@code GET
 * /api/alerts} then show it) and appends a {@value #KIND_STATUS_CHANGE} entry, both by the API
 * key's user ({@value #API_USER_NAME}). An alert added again with the same id keeps its timeline.
 *
 * <pre>{@code
 * service.closeAsFalsePositive("COT-1001");
 *
 * assertThat(fake.alerts().get("COT-1001").orElseThrow().status()).isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
 * assertThat(fake.alerts().comments("COT-1001")).extracting(e -> e.bodyMarkdown().orElseThrow())
 *     .containsExactly("Known scanner, closing.");
 * }</pre>
 */
public final class FakeAlerts {
  /** The size of the default data set. */
  public static final int DEFAULT_COUNT = 300;

  /** The seed of the default data set. */
  public static final long DEFAULT_SEED = 42L;

  /** How many timeline entries {@code GET /api/alerts/{alertId}} embeds (the first ones). */
  public static final int DETAIL_TIMELINE_LIMIT = 100;

  /** The {@code kind} of the first timeline entry of every alert. */
  public static final String KIND_CREATED = AlertStore.KIND_CREATED;

  /** The {@code kind} of a comment's timeline entry. */
  public static final String KIND_COMMENT = AlertStore.KIND_COMMENT;

  /** The {@code kind} of a status change's timeline entry. */
  public static final String KIND_STATUS_CHANGE = AlertStore.KIND_STATUS_CHANGE;

  /** The {@code actorUserName} of the entries made through the API (comments, status changes). */
  public static final String API_USER_NAME = AlertStore.API_USER_NAME;

  /** The {@code actorUserId} of the entries made through the API. */
  public static final String API_USER_ID = AlertStore.API_USER_ID;

  private final AlertStore store;
  private final Supplier<List<FakeAlert>> defaults;

  FakeAlerts(AlertStore store, Supplier<List<FakeAlert>> defaults) {
    this.store = store;
    this.defaults = defaults;
  }

  /**
   * Generates realistic alerts without a fake, e.g. to build expectations or seed another one.
   *
   * @param count how many
   * @param seed the seed: the same seed gives the same alerts
   * @return the alerts, newest first, display ids {@code COT-1001} upwards
   */
  public static List<FakeAlert> sample(int count, long seed) {
    return AlertGenerator.generate(count, seed);
  }

  /**
   * Replaces the data set.
   *
   * @param alerts the new alerts; those without a display id get one
   * @return this
   */
  public FakeAlerts reset(List<FakeAlert> alerts) {
    store.replace(List.copyOf(alerts));
    return this;
  }

  /**
   * Adds alerts; one with the id of an alert already held replaces it.
   *
   * @param alerts the alerts; those without a display id get the next free one
   * @return this
   */
  public FakeAlerts add(FakeAlert... alerts) {
    return add(Arrays.asList(alerts));
  }

  /**
   * @param alerts the alerts to add
   * @return this
   */
  public FakeAlerts add(List<FakeAlert> alerts) {
    alerts.forEach(a -> Objects.requireNonNull(a, "alert"));
    store.add(alerts);
    return this;
  }

  /**
   * Replaces the data set with {@code count} generated alerts from the default seed.
   *
   * @param count how many, at least 0
   * @return this
   */
  public FakeAlerts generate(int count) {
    return generate(count, DEFAULT_SEED);
  }

  /**
   * @param count how many, at least 0
   * @param seed the seed
   * @return this
   */
  public FakeAlerts generate(int count, long seed) {
    store.replace(AlertGenerator.generate(count, seed));
    return this;
  }

  /**
   * @return this, without any alert
   */
  public FakeAlerts clear() {
    store.replace(List.of());
    return this;
  }

  /**
   * @return this, with the data set the fake started with
   */
  public FakeAlerts restoreDefaults() {
    store.replace(defaults.get());
    return this;
  }

  /**
   * @return every alert, in the order the fake serves them (newest first)
   */
  public List<FakeAlert> all() {
    return store.all();
  }

  /**
   * @param alertId the alert's id or display id ({@code COT-1042}), case-insensitive
   * @return the alert as the fake holds it now (after status changes), if there is one
   */
  public Optional<FakeAlert> get(String alertId) {
    return Optional.ofNullable(store.get(alertId));
  }

  /**
   * @param alertId the alert's id or display id
   * @return its whole timeline, oldest first, as the SDK decodes it
   * @throws NoSuchElementException if the fake has no such alert
   */
  public List<TimelineEntry> timeline(String alertId) {
    List<JsonObject> entries = store.timeline(alertId);
    if (entries == null) {
      throw new NoSuchElementException("No alert " + alertId);
    }
    List<TimelineEntry> out = new ArrayList<>(entries.size());
    for (JsonObject entry : entries) {
      out.add(TimelineEntry.fromJson(FakeJson.write(entry)));
    }
    return out;
  }

  /**
   * @param alertId the alert's id or display id
   * @return the {@value #KIND_COMMENT} entries of its timeline, oldest first (those seeded with
   *     {@link #addComment(String, String, String)} included)
   * @throws NoSuchElementException if the fake has no such alert
   */
  public List<TimelineEntry> comments(String alertId) {
    List<TimelineEntry> out = new ArrayList<>();
    for (TimelineEntry entry : timeline(alertId)) {
      if (entry.kind().filter(KIND_COMMENT::equals).isPresent()) {
        out.add(entry);
      }
    }
    return out;
  }

  /**
   * Seeds a comment, as if a user had written it, without a request.
   *
   * @param alertId the alert's id or display id
   * @param author the {@code actorUserName} (its {@code actorUserId} derives from it), or {@code
   *     null} for none
   * @param bodyMarkdown the comment
   * @return the new entry
   * @throws NoSuchElementException if the fake has no such alert
   */
  public TimelineEntry addComment(String alertId, @Nullable String author, String bodyMarkdown) {
    return addTimelineEntry(alertId, KIND_COMMENT, author, bodyMarkdown, null);
  }

  /**
   * Seeds a timeline entry of any kind, without a request.
   *
   * @param alertId the alert's id or display id
   * @param kind the entry's {@code kind}, e.g. {@value #KIND_COMMENT}
   * @param author the {@code actorUserName}, or {@code null} for none
   * @param bodyMarkdown the text
   * @param at when, or {@code null} for now; entries are kept in the order they are added
   * @return the new entry
   * @throws NoSuchElementException if the fake has no such alert
   */
  public TimelineEntry addTimelineEntry(
      String alertId,
      String kind,
      @Nullable String author,
      String bodyMarkdown,
      @Nullable Instant at) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
    JsonObject entry = store.append(alertId, kind, bodyMarkdown, at, author);
    if (entry == null) {
      throw new NoSuchElementException("No alert " + alertId);
    }
    return TimelineEntry.fromJson(FakeJson.write(entry));
  }

  /**
   * @return how many alerts the fake holds
   */
  public int size() {
    return store.size();
  }

  @Override
  public String toString() {
    return "FakeAlerts{size=" + size() + "}";
  }
}
