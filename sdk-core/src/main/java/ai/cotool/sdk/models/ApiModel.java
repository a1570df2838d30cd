package ai.cotool.sdk.models;

/**
 * A value with a JSON form in the API: every response model (and the request bodies). {@link
 * #toJson()} gives that form, and a trigger payload that contains the model sends it, so an {@link
 * Alert} can be forwarded as the API showed it.
 *
 * <pre>{@code
 * client.triggers().invoke(TriggerSource.WEBHOOK, triggerId, Map.of("alert", alert));   // sends alert.toJson()
 * }</pre>
 */
public interface ApiModel {
  /**
   * @return this value as JSON text, as the API spells it: the properties received (or to be sent),
   *     unknown ones included, in their order
   */
  String toJson();
}
