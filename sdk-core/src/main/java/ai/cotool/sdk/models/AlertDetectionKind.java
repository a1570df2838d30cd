package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * Whether the detection behind an alert is a Cotool detection or one extracted from an external tool
 * ({@code detection.kind}).
 */
public enum AlertDetectionKind implements ApiEnum {
  /** A Cotool detection. Wire value {@code "cotool"}. */
  COTOOL("cotool"),
  /** A detection of another tool, extracted from the alert. Wire value {@code "external"}. */
  EXTERNAL("external"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertDetectionKind(String value) {
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
  public static AlertDetectionKind fromValue(String value) {
    return Enums.fromValue(AlertDetectionKind.class, value);
  }
}
