package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One API call before it is sent: method ({@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or
 * {@code DELETE}), path segments (each encoded as one segment by {@link
 * PathTemplate#encodeSegment}, and never empty, {@code .} or {@code ..}, so no value can change the
 * path), query parameters in order, every query parameter name the operation defines (set or not),
 * and the JSON body, if any (never on a GET). Not API.
 */
public record ApiRequest(
    String method,
    List<String> pathSegments,
    List<Map.Entry<String, String>> query,
    Set<String> queryNames,
    @Nullable String jsonBody) {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public ApiRequest {
    if (!METHODS.contains(Objects.requireNonNull(method))) {
      throw new IllegalArgumentException("Unsupported method " + method);
    }
    if (method.equals("GET") && jsonBody != null) {
      throw new InvalidParameterException("body", "a GET request has no body");
    }
    pathSegments = List.copyOf(pathSegments);
    query = List.copyOf(query);
    queryNames = Set.copyOf(queryNames);
    for (String segment : pathSegments) {
      Validate.wellFormed("path", segment);
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new InvalidParameterException(
            "path", "has a segment that would change the path: '" + segment + "'");
      }
    }
    for (Map.Entry<String, String> param : query) {
      Validate.wellFormed(param.getKey(), param.getValue());
    }
    Validate.wellFormedJson("", jsonBody);
  }

  /**
   * A GET.
   *
   * @param queryNames every query parameter the operation defines, including those {@code query}
   *     leaves out
   */
  public static ApiRequest get(
      List<String> pathSegments, List<Map.Entry<String, String>> query, Set<String> queryNames) {
    return new ApiRequest("GET", pathSegments, query, queryNames, null);
  }

  /** A POST; a {@code null} body sends an empty one (the operation documents none). */
  public static ApiRequest post(List<String> pathSegments, @Nullable String jsonBody) {
    return new ApiRequest("POST", pathSegments, List.of(), Set.of(), jsonBody);
  }

  /**
   * Whether sending it twice is harmless: only reads are, in this API. A PUT or DELETE is not
   * treated as one: the API documents no idempotency for any write, and a repeated DELETE answers
   * differently from the first.
   */
  public boolean idempotent() {
    return method.equals("GET");
  }

  /**
   * Method and path as sent, for messages and logs: never the query, which may hold search text,
   * and never the API key, should a caller have put it in the path.
   */
  public String describe() {
    StringBuilder path = new StringBuilder(method).append(' ');
    for (String segment : pathSegments) {
      path.append('/').append(PathTemplate.encodeSegment(segment));
    }
    return Secrets.redact(path.toString());
  }

  /**
   * Rejects extra query parameters that are not well-formed text, or are named like one of the
   * operation's own, set or not: sending both, or one the params left unset (an {@code offset}
   * behind an auto-pager's back), would make the request mean something else than its params say.
   *
   * @throws InvalidParameterException naming the first such parameter
   */
  public void checkExtraQuery(RequestOptions options) {
    options
        .queryParams()
        .forEach(
            (name, value) -> {
              Validate.wellFormed("queryParams", name);
              Validate.wellFormed("queryParams." + name, value);
            });
    for (String name : options.queryParams().keySet()) {
      if (queryNames.contains(name)) {
        throw new InvalidParameterException(
            "queryParams." + name,
            "is a parameter of " + describe() + ": set it on the operation's params instead");
      }
    }
  }
}
