package ai.cotool.sdk.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call before it is sent: method, path segments (each encoded as one segment, so no value can change the
 * path), query parameters in order, and the JSON body for a POST. Not API.
 */
public record ApiRequest(String method, List<String> pathSegments, List<Map.Entry<String, String>> query, String jsonBody) {
  public ApiRequest {
    Objects.requireNonNull(method);
    pathSegments = List.copyOf(pathSegments);
    query = List.copyOf(query);
  }

  public static ApiRequest get(List<String> pathSegments, List<Map.Entry<String, String>> query) {
    return new ApiRequest("GET", pathSegments, query, null);
  }

  /** A POST; a {@code null} body sends an empty one (the operation documents none). */
  public static ApiRequest post(List<String> pathSegments, String jsonBody) {
    return new ApiRequest("POST", pathSegments, List.of(), jsonBody);
  }

  /** Whether sending it twice is harmless: only reads are, in this API. */
  public boolean idempotent() {
    return method.equals("GET");
  }

  /** Method and path for messages and logs: never the query, which may hold search text. */
  public String describe() {
    return method + " /" + String.join("/", pathSegments);
  }
}
