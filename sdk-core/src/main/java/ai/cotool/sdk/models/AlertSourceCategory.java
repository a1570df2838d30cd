package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The broad origin of an alert ({@code source.category}).
 */
public enum AlertSourceCategory implements ApiEnum {
  /** Raised by a detection. Wire value {@code "detection"}. */
  DETECTION("detection"),
  /** Raised by an external trigger. Wire value {@code "trigger"}. */
  TRIGGER("trigger"),
  /** Reserved for threat-intel exposure alerts. Wire value {@code "hunting"}. */
  HUNTING("hunting"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertSourceCategory(String value) {
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
  public static AlertSourceCategory fromValue(String value) {
    return Enums.fromValue(AlertSourceCategory.class, value);
  }
}
