package ai.cotool.sdk.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the server sent: status, headers and body. Immutable; header names are lower-case. Construct
 * one in tests to build the SDK's exceptions yourself.
 */
public final class HttpResponseInfo {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String body;

  /**
   * @param statusCode the HTTP status code
   * @param headers the response headers (any case; stored lower-case)
   * @param body the body as text ({@code null} is stored as empty)
   */
  public HttpResponseInfo(int statusCode, Map<String, List<String>> headers, String body) {
    this.statusCode = statusCode;
    Map<String, List<String>> copy = new TreeMap<>();
    Objects.requireNonNull(headers, "headers")
        .forEach(
            (name, values) ->
                copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values));
    copy.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? "" : body;
  }

  /**
   * @return the HTTP status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * @return all headers, names lower-case, in name order
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, any case
   * @return its first value
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * @return the request id the server sent ({@code x-request-id}, else {@code request-id}), if any:
   *     quote it when you report a problem to Cotool
   */
  public Optional<String> requestId() {
    return header("x-request-id").or(() -> header("request-id"));
  }

  /**
   * @return the body as text, empty when there was none
   */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return "HttpResponseInfo{status=" + statusCode + ", bodyLength=" + body.length() + "}";
  }
}
