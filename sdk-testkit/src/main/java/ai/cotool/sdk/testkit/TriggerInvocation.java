package ai.cotool.sdk.testkit;

import ai.cotool.sdk.models.TriggerSource;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Objects;

/**
 * A trigger invocation the fake answered: which trigger, from which source, with which payload.
 *
 * @param source the source path parameter, typed
 * @param triggerId the trigger's id, as sent
 * @param payloadJson the request body as sent (JSON text; empty when there was no body)
 */
public record TriggerInvocation(TriggerSource source, String triggerId, String payloadJson) {
  /**
   * @param source the source
   * @param triggerId the trigger's id
   * @param payloadJson the body as sent
   */
  public TriggerInvocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(triggerId, "triggerId");
    Objects.requireNonNull(payloadJson, "payloadJson");
  }

  /** @return the payload parsed as a Gson tree, for assertions on single fields */
  public JsonElement payload() {
    return payloadJson.isEmpty() ? com.google.gson.JsonNull.INSTANCE : JsonParser.parseString(payloadJson);
  }
}
