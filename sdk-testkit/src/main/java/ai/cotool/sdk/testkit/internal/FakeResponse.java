package ai.cotool.sdk.testkit.internal;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the fake answers: a status, headers and a body, optionally after a delay; or a network fault
 * instead; or, for a scheduled slow response, the operation's normal answer after a delay. Not API.
 *
 * @param status the HTTP status (ignored for a fault or a pass-through)
 * @param headers response headers
 * @param body the body text
 * @param delay how long to wait before answering, {@link Duration#ZERO} for none
 * @param fault a network fault instead of a response, or {@code null}
 * @param passThrough whether the normal answer is sent (after {@code delay}) instead of this one
 */
public record FakeResponse(
    int status,
    Map<String, String> headers,
    String body,
    Duration delay,
    @Nullable NetworkFault fault,
    boolean passThrough) {

  /** The network faults the fake can inject. */
  public enum NetworkFault {
    CONNECTION_RESET,
    EMPTY_RESPONSE,
    MALFORMED_CHUNK,
    RANDOM_DATA_THEN_CLOSE
  }

  public FakeResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(delay, "delay");
  }

  public static FakeResponse json(int status, String body) {
    return new FakeResponse(
        status, Map.of("Content-Type", "application/json"), body, Duration.ZERO, null, false);
  }

  public static FakeResponse of(int status, Map<String, String> headers, String body) {
    return new FakeResponse(status, headers, body, Duration.ZERO, null, false);
  }

  public static FakeResponse fault(NetworkFault fault) {
    return new FakeResponse(0, Map.of(), "", Duration.ZERO, fault, false);
  }

  public static FakeResponse normalAfter(Duration delay) {
    return new FakeResponse(0, Map.of(), "", delay, null, true);
  }

  public FakeResponse withDelay(Duration newDelay) {
    return new FakeResponse(status, headers, body, newDelay, fault, passThrough);
  }

  public FakeResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FakeResponse(status, copy, body, delay, fault, passThrough);
  }
}
