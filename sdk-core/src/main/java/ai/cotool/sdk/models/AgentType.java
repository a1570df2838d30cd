package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The kind of an agent.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum AgentType implements ApiEnum {
  /** A standard (response) agent. Wire value {@code response}. */
  RESPONSE("response"),
  /** A security detection agent. Wire value {@code detection}. */
  DETECTION("detection"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  AgentType(String value) {
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
  public static AgentType fromValue(String value) {
    return Enums.fromValue(AgentType.class, value);
  }
}
