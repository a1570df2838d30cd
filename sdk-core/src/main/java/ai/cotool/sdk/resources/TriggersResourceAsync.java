package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import java.util.concurrent.CompletableFuture;

/** {@link TriggersResource} without blocking. */
public interface TriggersResourceAsync {
  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param payload the body, any JSON value
   * @param options per-call overrides
   * @return started, skipped or failed
   */
  CompletableFuture<TriggerResult> invoke(
      TriggerSource source, String triggerId, Object payload, RequestOptions options);

  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param json the body: one JSON value (checked before sending)
   * @param options per-call overrides
   * @return started, skipped or failed
   */
  CompletableFuture<TriggerResult> invokeWithJson(
      TriggerSource source, String triggerId, String json, RequestOptions options);

  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param payload the body, any JSON value
   * @return started, skipped or failed
   */
  default CompletableFuture<TriggerResult> invoke(
      TriggerSource source, String triggerId, Object payload) {
    return invoke(source, triggerId, payload, RequestOptions.none());
  }

  /**
   * @param source the system the webhook claims to come from
   * @param triggerId the trigger's UUID, as text
   * @param json the body: one JSON value (checked before sending)
   * @return started, skipped or failed
   */
  default CompletableFuture<TriggerResult> invokeWithJson(
      TriggerSource source, String triggerId, String json) {
    return invokeWithJson(source, triggerId, json, RequestOptions.none());
  }

  /** The same operations, completing with the HTTP response and the result. */
  interface WithRawResponse {
    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    CompletableFuture<ApiResponse<TriggerResult>> invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param json the body: one JSON value (checked before sending)
     * @param options per-call overrides
     * @return started, skipped or failed, with the response
     */
    CompletableFuture<ApiResponse<TriggerResult>> invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options);

    /**
     * @param source the system the webhook claims to come from
     * @param triggerId the trigger's UUID, as text
     * @param payload the body, any JSON value
     * @return started, skipped or failed, with the response
     */
    default CompletableFuture<ApiResponse<TriggerResult>> invoke(
        TriggerSource source, String triggerId, Object payload) {
      return invoke(source, triggerId, payload, RequestOptions.none());
    }
  }
}
