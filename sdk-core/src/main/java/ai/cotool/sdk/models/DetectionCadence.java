package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * How often a detection runs.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum DetectionCadence implements ApiEnum {
  /** Every hour. Wire value {@code hourly}. */
  HOURLY("hourly"),
  /** Every day. Wire value {@code daily}. */
  DAILY("daily"),
  /** Every week. Wire value {@code weekly}. */
  WEEKLY("weekly"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  DetectionCadence(String value) {
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
  public static DetectionCadence fromValue(String value) {
    return Enums.fromValue(DetectionCadence.class, value);
  }
}
