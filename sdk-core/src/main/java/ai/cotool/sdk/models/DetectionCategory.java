package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The category of a detection.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum DetectionCategory implements ApiEnum {
  /** Deviation from a learned baseline. Wire value {@code baseline_anomaly}. */
  BASELINE_ANOMALY("baseline_anomaly"),
  /** Something seen for the first time. Wire value {@code first_occurrence}. */
  FIRST_OCCURRENCE("first_occurrence"),
  /** An ordered sequence of events. Wire value {@code sequence_pattern}. */
  SEQUENCE_PATTERN("sequence_pattern"),
  /** A gain of privileges. Wire value {@code privilege_escalation}. */
  PRIVILEGE_ESCALATION("privilege_escalation"),
  /** Any other kind of detection. Wire value {@code custom}. */
  CUSTOM("custom"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  DetectionCategory(String value) {
    this.value = value;
  }

  /** @return the wire value, or {@code null} for {@link #UNKNOWN} */
  @Override
  public String value() {
    return value;
  }

  /**
   * @param value a wire value, or {@code null}
   * @return the constant for it, {@link #UNKNOWN} for a value this SDK does not list, {@code null} for {@code null}
   */
  public static DetectionCategory fromValue(String value) {
    return Enums.fromValue(DetectionCategory.class, value);
  }
}
