package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * How a webhook output destination authenticates its requests.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum WebhookAuthType implements ApiEnum {
  /** {@code Authorization: Bearer <token>}. Wire value {@code bearer}. */
  BEARER("bearer"),
  /** The token in a custom header (see {@code headerName}). Wire value {@code header}. */
  HEADER("header"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  WebhookAuthType(String value) {
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
  public static WebhookAuthType fromValue(String value) {
    return Enums.fromValue(WebhookAuthType.class, value);
  }
}
