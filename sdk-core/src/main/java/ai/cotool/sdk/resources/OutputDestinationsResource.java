package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;

/**
 * Output destinations: where detections send their findings (webhook, Teams, Slack, PagerDuty, Linear, Tines).
 *
 * <pre>{@code
 * OutputDestination created = client.outputDestinations().create(
 *     OutputDestinationParams.slack().name("SOC alerts").channelIds("C024BE91L").build());
 * }</pre>
 */
public interface OutputDestinationsResource {
  /**
   * {@code POST /api/output-destinations}. Not retried once the request may have reached the server.
   *
   * @param params the destination to create: one of the six kinds
   * @return the created destination, as its own kind
   */
  default OutputDestination create(OutputDestinationParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * @param params the destination to create
   * @param options per-call overrides
   * @return the created destination
   */
  OutputDestination create(OutputDestinationParams params, RequestOptions options);

  /** The same operation, returning the HTTP response with the result ({@code client.withRawResponse()}). */
  interface WithRawResponse {
    /**
     * @param params the destination to create
     * @param options per-call overrides
     * @return the created destination with its response
     */
    ApiResponse<OutputDestination> create(OutputDestinationParams params, RequestOptions options);

    /**
     * @param params the destination to create
     * @return the created destination with its response
     */
    default ApiResponse<OutputDestination> create(OutputDestinationParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
