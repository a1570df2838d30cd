package ai.cotool.sdk.models;

/**
 * An enumeration of the API. Every one has an {@code UNKNOWN} constant, which stands for a value
 * this version of the SDK does not know yet; the model that returned it also offers the raw string
 * (its {@code ...AsString()} getter), so nothing the server sent is lost.
 */
public interface ApiEnum {
  /**
   * @return the value as the API spells it on the wire, or {@code null} for {@code UNKNOWN}
   */
  String value();
}
