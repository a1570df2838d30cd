package ai.cotool.sdk;

import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.internal.Secrets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded result together with the HTTP response it came from: status, headers and the request id
 * the server sent, if any. Returned by the {@code withRawResponse()} forms of the clients.
 *
 * <pre>{@code
 * ApiResponse<AlertPage> response = client.withRawResponse().alerts().list(params);
 * response.requestId().ifPresent(id -> log.info("request id {}", id));
 * AlertPage page = response.data();
 * }</pre>
 *
 * @param <T> the decoded result
 */
public final class ApiResponse<T> {
  private final HttpResponseInfo response;
  private final T data;

  /**
   * @param response what the server sent
   * @param data what it decoded to
   */
  public ApiResponse(HttpResponseInfo response, T data) {
    this.response = Objects.requireNonNull(response, "response");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * @return the decoded result
   */
  public T data() {
    return data;
  }

  /**
   * @return the HTTP status code
   */
  public int statusCode() {
    return response.statusCode();
  }

  /**
   * @return the response headers, names lower-case
   */
  public Map<String, List<String>> headers() {
    return response.headers();
  }

  /**
   * @param name a header name, any case
   * @return its first value
   */
  public Optional<String> header(String name) {
    return response.header(name);
  }

  /**
   * @return the request id the server sent ({@code x-request-id} or {@code request-id}), if any
   */
  public Optional<String> requestId() {
    return response.requestId();
  }

  /**
   * @return status, headers and body as received
   */
  public HttpResponseInfo response() {
    return response;
  }

  @Override
  public String toString() {
    return Secrets.redact(
        "ApiResponse{status="
            + statusCode()
            + ", requestId="
            + requestId().orElse("none")
            + ", data="
            + data
            + "}");
  }
}
