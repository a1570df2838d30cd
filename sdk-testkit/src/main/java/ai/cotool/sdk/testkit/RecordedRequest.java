package ai.cotool.sdk.testkit;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request the fake received, with what it answered. Immutable. Header names are
 * lower-case; query parameters are decoded.
 *
 * <pre>{@code
 * RecordedRequest request = fake.requests(Operation.LIST_ALERTS).get(0);
 * assertThat(request.queryParam("status")).hasValue("open,in_progress");
 * assertThat(request.header("User-Agent")).get().asString().startsWith("cotool-java/");
 * }</pre>
 */
public final class RecordedRequest {
  private final @Nullable Operation operation;
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final int status;
  private final boolean scenario;

  RecordedRequest(
      @Nullable Operation operation,
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      int status,
      boolean scenario) {
    this.operation = operation;
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.status = status;
    this.scenario = scenario;
  }

  /**
   * @return the operation, or empty for a path or method the API does not have (answered 404 or
   *     405)
   */
  public Optional<Operation> operation() {
    return Optional.ofNullable(operation);
  }

  /**
   * @return the HTTP method, upper-case
   */
  public String method() {
    return method;
  }

  /**
   * @return the decoded path, without the query
   */
  public String path() {
    return path;
  }

  /**
   * @return every query parameter, decoded, in order of appearance
   */
  public Map<String, List<String>> query() {
    return query;
  }

  /**
   * @param name a query parameter name
   * @return its first value, decoded
   */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * @return every header, names lower-case
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
   * @return the body as text, empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * @return the status the fake answered; 0 when it injected a network fault instead
   */
  public int status() {
    return status;
  }

  /**
   * @return whether a failure scheduled with {@link CotoolFake#failNext} answered this request
   */
  public boolean answeredByScenario() {
    return scenario;
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : " " + query)
        + " -> "
        + (status == 0 ? "fault" : status);
  }
}
