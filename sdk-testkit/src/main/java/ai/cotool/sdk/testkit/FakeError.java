package ai.cotool.sdk.testkit;

import ai.cotool.sdk.testkit.internal.FakeJson;
import ai.cotool.sdk.testkit.internal.FakeResponse;
import ai.cotool.sdk.testkit.internal.FakeResponse.NetworkFault;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A failure the fake serves instead of an operation's normal answer, scheduled with {@link
 * CotoolFake#failNext(Operation, FakeError)}. The JSON bodies have the API's documented error
 * shapes.
 *
 * <pre>{@code
 * fake.failNext(Operation.CREATE_DETECTION, FakeError.badRequest(FakeError.issue("name", "Required")));
 * fake.failNext(Operation.LIST_ALERTS, 2, FakeError.rateLimited(Duration.ofSeconds(1)));
 * fake.failNext(Operation.ACCEPT_DETECTION, FakeError.networkFault());
 * }</pre>
 */
public final class FakeError {
  private static final Gson GSON = new Gson();

  private final FakeResponse response;
  private final String description;

  private FakeError(FakeResponse response, String description) {
    this.response = response;
    this.description = description;
  }

  /**
   * 400 with the API's {@code ValidationError} body: {@code {"error": "Invalid request body",
   * "issues": [...]}}.
   *
   * @param issues the issues, e.g. from {@link #issue(String, String)}; none gives one generic
   *     issue
   * @return the error
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array and nothing writes to it
  public static FakeError badRequest(Map<String, Object>... issues) {
    List<Map<String, Object>> list =
        issues.length == 0 ? List.of(issue("body", "Invalid input")) : List.of(issues);
    JsonObject body = FakeJson.error("Invalid request body");
    body.add("issues", GSON.toJsonTree(list));
    return json(400, body, "400 bad request " + list);
  }

  /**
   * One validation issue as the API reports it: {@code {"code": "custom", "message": ..., "path":
   * [...]}}.
   *
   * @param path the field, dotted for nesting ({@code "toolNames.2"}); numeric segments become
   *     numbers
   * @param message what is wrong
   * @return the issue, to pass to {@link #badRequest(Map[])}
   */
  public static Map<String, Object> issue(String path, String message) {
    List<Object> segments = new ArrayList<>();
    for (String segment : path.split("\\.", -1)) {
      segments.add(segment.matches("\\d+") ? (Object) Integer.valueOf(segment) : segment);
    }
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("code", "custom");
    issue.put("message", message);
    issue.put("path", segments);
    return issue;
  }

  /**
   * @return 401 {@code {"error": "Unauthorized: invalid or revoked API key"}}
   */
  public static FakeError unauthorized() {
    return json(
        401, FakeJson.error("Unauthorized: invalid or revoked API key"), "401 unauthorized");
  }

  /**
   * 403 with the API's {@code PermissionError} body.
   *
   * @param missingPerms the permissions to report missing, e.g. {@code "detections:write"}
   * @return the error
   */
  public static FakeError forbidden(String... missingPerms) {
    JsonObject body =
        FakeJson.error("Forbidden: your API key lacks the permissions required for this operation");
    JsonArray perms = new JsonArray();
    for (String perm : missingPerms) {
      perms.add(Objects.requireNonNull(perm, "missingPerms"));
    }
    body.add("missingPerms", perms);
    return json(403, body, "403 forbidden " + List.of(missingPerms));
  }

  /**
   * @return 404 {@code {"error": "Not found"}}
   */
  public static FakeError notFound() {
    return json(404, FakeJson.error("Not found"), "404 not found");
  }

  /**
   * @return 500 {@code {"error": "Internal server error"}}
   */
  public static FakeError serverError() {
    return json(500, FakeJson.error("Internal server error"), "500 internal server error");
  }

  /**
   * Any status with the API's {@code {"error": message}} body.
   *
   * @param status the HTTP status
   * @param message the {@code error} text
   * @return the error
   */
  public static FakeError status(int status, String message) {
    return json(status, FakeJson.error(message), status + " " + message);
  }

  /**
   * @return 429 with {@code Retry-After: 1}
   */
  public static FakeError rateLimited() {
    return rateLimited(Duration.ofSeconds(1));
  }

  /**
   * 429 {@code {"error": "Too many requests"}} with a {@code Retry-After} header in whole seconds
   * (rounded up).
   *
   * @param retryAfter the wait to ask for
   * @return the error
   */
  public static FakeError rateLimited(Duration retryAfter) {
    long millis = retryAfter.toMillis();
    long seconds = (millis + 999) / 1000;
    FakeResponse r =
        FakeResponse.json(429, FakeJson.write(FakeJson.error("Too many requests")))
            .withHeader("Retry-After", Long.toString(seconds));
    return new FakeError(r, "429 rate limited, Retry-After " + seconds + " s");
  }

  /**
   * An HTML error page with the given status, as a proxy or load balancer sends it (not the API's
   * JSON).
   *
   * @param status e.g. 502
   * @return the error
   */
  public static FakeError htmlPage(int status) {
    String html =
        "<html>\r\n<head><title>"
            + status
            + " Bad Gateway</title></head>\r\n<body>\r\n<center><h1>"
            + status
            + " Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    FakeResponse r = FakeResponse.of(status, Map.of("Content-Type", "text/html"), html);
    return new FakeError(r, status + " HTML page");
  }

  /**
   * @return a 502 HTML page from a proxy
   */
  public static FakeError badGatewayHtml() {
    return htmlPage(502);
  }

  /**
   * Not a failure by itself: the operation's normal answer, sent after {@code delay}. With a client
   * whose timeout is shorter, the call times out.
   *
   * @param delay how long the fake waits before answering
   * @return the scenario
   */
  public static FakeError slow(Duration delay) {
    return new FakeError(
        FakeResponse.normalAfter(delay), "normal answer after " + delay.toMillis() + " ms");
  }

  /**
   * @return the connection is reset instead of answering (the SDK reports an I/O error)
   */
  public static FakeError networkFault() {
    return new FakeError(FakeResponse.fault(NetworkFault.CONNECTION_RESET), "connection reset");
  }

  /**
   * @return the connection is closed without any response
   */
  public static FakeError emptyResponse() {
    return new FakeError(FakeResponse.fault(NetworkFault.EMPTY_RESPONSE), "empty response");
  }

  /**
   * @return a 200 status line followed by garbage, then the connection is closed
   */
  public static FakeError garbageResponse() {
    return new FakeError(
        FakeResponse.fault(NetworkFault.RANDOM_DATA_THEN_CLOSE), "random data, then close");
  }

  /**
   * @param delay how long the fake waits before sending this error
   * @return this error, delayed
   */
  public FakeError delayedBy(Duration delay) {
    return new FakeError(
        response.withDelay(Objects.requireNonNull(delay, "delay")),
        description + " after " + delay.toMillis() + " ms");
  }

  FakeResponse response() {
    return response;
  }

  private static FakeError json(int status, JsonObject body, String description) {
    return new FakeError(FakeResponse.json(status, FakeJson.write(body)), description);
  }

  @Override
  public String toString() {
    return "FakeError{" + description + "}";
  }
}
