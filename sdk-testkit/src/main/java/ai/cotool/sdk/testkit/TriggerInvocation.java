package ai.cotool.sdk.testkit;

import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.testkit.internal.FakeJson;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Objects;

/**
 * A trigger invocation the fake answered: which trigger, from which source, with which payload.
 *
 * <pre>{@code
 * TriggerInvocation call = fake.triggerInvocations().get(0);
 * assertThat(call.payloadObject()).containsEntry("severity", "critical");
 * }</pre>
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

  /**
   * The payload as plain Java values, for assertions: a JSON object is an unmodifiable {@code
   * Map<String, Object>} in the order sent, an array a {@code List<Object>}, a string a {@code
   * String}, a whole number a {@code Long}, any other number a {@code Double}, {@code true}/{@code
   * false} a {@code Boolean}, and {@code null} (or no body) {@code null}.
   *
   * @return the payload
   * @throws IllegalStateException if the body was not JSON
   */
  public @Nullable Object payload() {
    return FakeJson.plain(payloadJson);
  }

  /**
   * @return the payload when it is a JSON object, as {@link #payload()} gives it
   * @throws IllegalStateException if the payload is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> payloadObject() {
    Object payload = payload();
    if (!(payload instanceof Map)) {
      throw new IllegalStateException("the payload is not a JSON object: " + payloadJson);
    }
    return (Map<String, Object>) payload;
  }
}
