package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The class of actor that created an alert ({@code createdBy}).
 */
public enum AlertCreator implements ApiEnum {
  /** A Cotool agent. Wire value {@code "agent"}. */
  AGENT("agent"),
  /** An external trigger. Wire value {@code "trigger"}. */
  TRIGGER("trigger"),
  /** Cotool itself. Wire value {@code "system"}. */
  SYSTEM("system"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertCreator(String value) {
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
  public static AlertCreator fromValue(String value) {
    return Enums.fromValue(AlertCreator.class, value);
  }
}
