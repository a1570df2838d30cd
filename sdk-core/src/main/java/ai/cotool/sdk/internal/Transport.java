package ai.cotool.sdk.internal;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.internal.HttpPipeline.Received;
import java.io.Reader;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends a {@link Prepared} operation in each of the four ways the public API offers: blocking or
 * async, with or without the raw response. One pipeline underneath, so retries, deadlines and
 * errors are identical. Not API.
 */
final class Transport {
  /** An operation ready to send: its validated request and how to decode its 2xx body. */
  record Prepared<T>(ApiRequest request, Function<Received, T> decode) {
    /** Decoded while streaming from the body's bytes: for large bodies. */
    static <T> Prepared<T> streaming(ApiRequest request, Function<Reader, T> decode) {
      return new Prepared<>(request, received -> decode.apply(received.reader()));
    }

    /**
     * Decoded from the body's text: for small bodies that keep their text (a union's unknown
     * variant).
     */
    static <T> Prepared<T> text(ApiRequest request, Function<String, T> decode) {
      return new Prepared<>(request, received -> decode.apply(received.text()));
    }
  }

  private final HttpPipeline pipeline;

  Transport(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  <T> T call(Prepared<T> op, RequestOptions options) {
    return pipeline.execute(op.request(), checked(op, options), op.decode());
  }

  <T> ApiResponse<T> callRaw(Prepared<T> op, RequestOptions options) {
    return pipeline.execute(
        op.request(),
        checked(op, options),
        received -> new ApiResponse<>(received.info(), op.decode().apply(received)));
  }

  <T> CompletableFuture<T> callAsync(Prepared<T> op, RequestOptions options) {
    return pipeline.executeAsync(op.request(), checked(op, options), op.decode());
  }

  <T> CompletableFuture<ApiResponse<T>> callRawAsync(Prepared<T> op, RequestOptions options) {
    return pipeline.executeAsync(
        op.request(),
        checked(op, options),
        received -> new ApiResponse<>(received.info(), op.decode().apply(received)));
  }

  /** Options checked against the operation before anything is sent. */
  private static RequestOptions checked(Prepared<?> op, RequestOptions options) {
    Validate.required("options", options);
    op.request().checkExtraQuery(options);
    return options;
  }
}
