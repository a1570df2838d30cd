package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Json;
import java.io.Reader;

/**
 * Benchmark-only prototype of a change recommended to sdk-core (see benchmarks/README.md): decode a response body
 * through a {@code Reader} over the (buffered) body instead of from a {@code String} copy of it. It lives in the SDK's package
 * (on the classpath, not in the SDK's jar) only to reach the package-private wrapper constructor; it reuses the
 * SDK's own decoder ({@link Json#decode(Reader, Class)}) and wrappers unchanged, so the result is exactly what
 * {@link AlertList#fromJson(String)} returns.
 */
public final class StreamingDecodePrototype {
  private StreamingDecodePrototype() {}

  public static AlertList alertList(Reader body) {
    return new AlertList(Json.decode(body, ai.cotool.sdk.internal.generated.model.AlertList.class));
  }
}
