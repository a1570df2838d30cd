package ai.cotool.sdk.testkit;

import ai.cotool.sdk.testkit.internal.AlertGenerator;
import ai.cotool.sdk.testkit.internal.AlertStore;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The fake's alert data set, which {@code GET /api/alerts} filters and pages. Obtained from
 * {@link CotoolFake#alerts()}; thread-safe. Alerts are served newest first ({@code createdAt} descending).
 *
 * <p>By default the fake holds {@value #DEFAULT_COUNT} realistic alerts generated from seed {@value #DEFAULT_SEED}:
 * every status, severity (and a few without one) and source, with Cotool and external detections, assignments and
 * external references. The same seed always gives the same alerts.
 *
 * <pre>{@code
 * fake.alerts().generate(1_000);                    // a bigger data set
 * fake.alerts().reset(List.of(FakeAlert.builder().title("Only this one").build()));
 * fake.alerts().add(FakeAlert.builder().severity(AlertSeverity.CRITICAL).build());
 * }</pre>
 */
public final class FakeAlerts {
  /** The size of the default data set. */
  public static final int DEFAULT_COUNT = 300;
  /** The seed of the default data set. */
  public static final long DEFAULT_SEED = 42L;

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

  /** @return this, without any alert */
  public FakeAlerts clear() {
    store.replace(List.of());
    return this;
  }

  /** @return this, with the data set the fake started with */
  public FakeAlerts restoreDefaults() {
    store.replace(defaults.get());
    return this;
  }

  /** @return every alert, in the order the fake serves them (newest first) */
  public List<FakeAlert> all() {
    return store.all();
  }

  /** @return how many alerts the fake holds */
  public int size() {
    return store.size();
  }

  @Override
  public String toString() {
    return "FakeAlerts{size=" + size() + "}";
  }
}
