package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The default severity of the alerts a PagerDuty output destination raises.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum PagerDutySeverity implements ApiEnum {
  /** Critical. Wire value {@code critical}. */
  CRITICAL("critical"),
  /** Error. Wire value {@code error}. */
  ERROR("error"),
  /** Warning. Wire value {@code warning}. */
  WARNING("warning"),
  /** Informational. Wire value {@code info}. */
  INFO("info"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  PagerDutySeverity(String value) {
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
  public static PagerDutySeverity fromValue(String value) {
    return Enums.fromValue(PagerDutySeverity.class, value);
  }
}
