package ai.cotool.sdk;

import ai.cotool.sdk.resources.ClientResourcesAsync;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking face of a {@link CotoolClient} ({@code client.async()}): the same operations,
 * configuration, connection pool, retries and deadlines, returning {@link
 * java.util.concurrent.CompletableFuture}s. No caller or OkHttp thread waits between retries: waits
 * are scheduled. Cancelling a future cancels its HTTP call and any retry.
 *
 * <pre>{@code
 * client.async().detections().create(params)
 *     .thenCompose(created -> client.async().detections().accept(created.id()))
 *     .thenAccept(accepted -> System.out.println("accepted " + accepted.id()));
 * }</pre>
 */
public interface CotoolClientAsync extends ClientResourcesAsync {
  /**
   * @return the same operations, completing with the HTTP response (status, headers, request id)
   *     and the result
   */
  WithRawResponse withRawResponse();

  /**
   * Sends a request to an endpoint this SDK has no method for, as {@link #request(RawRequest,
   * RequestOptions)} does with no options.
   *
   * @param request the method, path, query and body
   * @return the {@code 2xx} response, whatever its body holds
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default CompletableFuture<RawResponse> request(RawRequest request) {
    return request(request, RequestOptions.none());
  }

  /**
   * {@link CotoolClient#request(RawRequest, RequestOptions)} without blocking: the same pipeline,
   * retries and deadline; the future fails with the same exceptions.
   *
   * @param request the method, path, query and body
   * @param options per-call overrides; extra headers and query parameters go here
   * @return the {@code 2xx} response, whatever its body holds
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default CompletableFuture<RawResponse> request(RawRequest request, RequestOptions options) {
    throw new UnsupportedOperationException(
        "request(RawRequest, RequestOptions) is not supported by " + getClass().getName());
  }

  /** {@link CotoolClientAsync}'s operations with their HTTP responses. */
  interface WithRawResponse extends ClientResourcesAsync.WithRawResponse {}
}
