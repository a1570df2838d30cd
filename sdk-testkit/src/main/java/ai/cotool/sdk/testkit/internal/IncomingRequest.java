package ai.cotool.sdk.testkit.internal;

import jakarta.annotation.Nullable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the fake received it, independent of the server that read it. Header names
 * lower-case. Not API.
 *
 * @param method the HTTP method, upper-case
 * @param path the decoded path, without query
 * @param rawPath the path as sent
 * @param query decoded query parameters in order of appearance
 * @param headers request headers, names lower-case
 * @param body the body text, empty when none
 */
public record IncomingRequest(
    String method,
    String path,
    String rawPath,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body) {

  public IncomingRequest {
    query = freeze(query);
    headers = freeze(headers);
    body = body == null ? "" : body;
  }

  /** Splits a request target such as {@code /api/alerts?limit=5} into path and decoded query. */
  public static IncomingRequest of(
      String method, String url, Map<String, List<String>> headers, String body) {
    int q = url.indexOf('?');
    String rawPath = q < 0 ? url : url.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : url.substring(q + 1).split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach(
        (name, values) ->
            lower
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
    return new IncomingRequest(
        method.toUpperCase(Locale.ROOT), decode(rawPath, false), rawPath, query, lower, body);
  }

  /**
   * @return the first value of a query parameter, or {@code null}
   */
  public @Nullable String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * @return the first value of a header (any case), or {@code null}
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String decode(String text, boolean plusIsSpace) {
    String s = plusIsSpace ? text : text.replace("+", "%2B");
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }
}
