package ai.cotool.sdk;

import ai.cotool.sdk.resources.ClientResourcesAsync;

/**
 * The non-blocking face of a {@link CotoolClient} ({@code client.async()}): the same operations, configuration,
 * connection pool, retries and deadlines, returning {@link java.util.concurrent.CompletableFuture}s. No caller or
 * OkHttp thread waits between retries: waits are scheduled. Cancelling a future cancels its HTTP call and any retry.
 *
 * <pre>{@code
 * client.async().detections().create(params)
 *     .thenCompose(created -> client.async().detections().accept(created.id()))
 *     .thenAccept(accepted -> System.out.println("accepted " + accepted.id()));
 * }</pre>
 */
public interface CotoolClientAsync extends ClientResourcesAsync {
  /** @return the same operations, completing with the HTTP response (status, headers, request id) and the result */
  WithRawResponse withRawResponse();

  /** {@link CotoolClientAsync}'s operations with their HTTP responses. */
  interface WithRawResponse extends ClientResourcesAsync.WithRawResponse {}
}
