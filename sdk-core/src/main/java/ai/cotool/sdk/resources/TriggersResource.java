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
   * {@code POST /api/trigger/{source}/{triggerId}} with {@code payload} serialized as JSON (maps, lists, strings,
   * numbers, booleans, records and plain objects; {@code null} sends JSON {@code null}).
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
  TriggerResult invoke(TriggerSource source, String triggerId, Object payload, RequestOptions options);

  /**
   * Like {@link #invoke(TriggerSource, String, Object)} with a body that is already JSON text, sent as is.
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
  TriggerResult invokeWithJson(TriggerSource source, String triggerId, String json, RequestOptions options);

  /** The same operations, returning the HTTP response with the result ({@code client.withRawResponse()}). */
  interface WithRawResponse {
    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    ApiResponse<TriggerResult> invoke(TriggerSource source, String triggerId, Object payload, RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param json the body: one JSON value
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    ApiResponse<TriggerResult> invokeWithJson(TriggerSource source, String triggerId, String json,
        RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @return started, skipped or failed, with the response
     */
    default ApiResponse<TriggerResult> invoke(TriggerSource source, String triggerId, Object payload) {
      return invoke(source, triggerId, payload, RequestOptions.none());
    }
  }
}
