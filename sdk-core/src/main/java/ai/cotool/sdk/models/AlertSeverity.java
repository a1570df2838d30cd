package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * How severe an alert is ({@code severity}), when known.
 */
public enum AlertSeverity implements ApiEnum {
  /** Low. Wire value {@code "low"}. */
  LOW("low"),
  /** Medium. Wire value {@code "medium"}. */
  MEDIUM("medium"),
  /** High. Wire value {@code "high"}. */
  HIGH("high"),
  /** Critical. Wire value {@code "critical"}. */
  CRITICAL("critical"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertSeverity(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /**
   * @param value a wire value, or {@code null}
   * @return its constant, {@link #UNKNOWN} for a value this SDK does not list, {@code null} for {@code null}
   */
  public static AlertSeverity fromValue(String value) {
    return Enums.fromValue(AlertSeverity.class, value);
  }
}
