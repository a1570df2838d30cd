package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The final verdict on a closed alert ({@code derivedDisposition}); see {@link Alert#disposition()}.
 */
public enum AlertDisposition implements ApiEnum {
  /** A real threat. Wire value {@code "true_positive"}. */
  TRUE_POSITIVE("true_positive"),
  /** Not a threat. Wire value {@code "false_positive"}. */
  FALSE_POSITIVE("false_positive"),
  /** Real activity, but expected or harmless. Wire value {@code "true_positive_benign"}. */
  TRUE_POSITIVE_BENIGN("true_positive_benign"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertDisposition(String value) {
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
  public static AlertDisposition fromValue(String value) {
    return Enums.fromValue(AlertDisposition.class, value);
  }
}
