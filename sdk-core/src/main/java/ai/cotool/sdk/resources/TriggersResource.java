package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;

/**
 * Agent triggers: deliver a webhook payload to a trigger, as an external system would.
 *
 * <pre>{@code
 * TriggerResult result = client.triggers().invoke(TriggerSource.WEBHOOK, triggerId, Map.of("alert", "..."));
 * if (result instanceof TriggerResult.Started started) {
 *   System.out.println("execution " + started.executionId());
 * }
 * }</pre>
 */
public interface TriggersResource {
  /**
   * {@code POST /api/trigger/{source}/{triggerId}} with {@code payload} written as JSON: maps
   * (string keys), lists, arrays and records as objects and arrays; strings, numbers and booleans;
   * {@code java.time} values in ISO-8601; an {@code Optional} as its value or {@code null}; the
   * SDK's enums as their wire value and its models ({@link ai.cotool.sdk.models.ApiModel}) as their
   * API JSON; {@code null} as JSON {@code null}. Any other object is refused with an {@link
   * ai.cotool.sdk.errors.InvalidParameterException} naming where it is in the payload, before
   * anything is sent.
   *
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param payload the body, any JSON value
   * @return started, skipped or failed
   */
  default TriggerResult invoke(TriggerSource source, String triggerId, Object payload) {
    return invoke(source, triggerId, payload, RequestOptions.none());
  }

  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param payload the body, any JSON value
   * @param options per-call overrides
   * @return started, skipped or failed
   */
  TriggerResult invoke(
      TriggerSource source, String triggerId, Object payload, RequestOptions options);

  /**
   * Like {@link #invoke(TriggerSource, String, Object)} with a body that is already JSON text, sent
   * as is.
   *
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param json the body: one JSON value (checked before sending)
   * @return started, skipped or failed
   */
  default TriggerResult invokeWithJson(TriggerSource source, String triggerId, String json) {
    return invokeWithJson(source, triggerId, json, RequestOptions.none());
  }

  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param json the body: one JSON value (checked before sending)
   * @param options per-call overrides
   * @return started, skipped or failed
   */
  TriggerResult invokeWithJson(
      TriggerSource source, String triggerId, String json, RequestOptions options);

  /**
   * The same operations, returning the HTTP response with the result ({@code
   * client.withRawResponse()}).
   */
  interface WithRawResponse {
    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    ApiResponse<TriggerResult> invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param json the body: one JSON value
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    ApiResponse<TriggerResult> invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @return started, skipped or failed, with the response
     */
    default ApiResponse<TriggerResult> invoke(
        TriggerSource source, String triggerId, Object payload) {
      return invoke(source, triggerId, payload, RequestOptions.none());
    }
  }
}
