package ai.cotool.sdk;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.internal.PathTemplate;
import ai.cotool.sdk.internal.RawCalls;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.Validate;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to an endpoint this SDK has no method for, sent with {@link
 * CotoolClient#request(RawRequest)} through the same pipeline as every typed call: API key,
 * retries, deadline, size cap and exceptions. Immutable.
 *
 * <pre>{@code
 * RawRequest request = RawRequest.get("/api/audit-logs/{id}")
 *     .pathParam("id", auditLogId)
 *     .build();
 * RawResponse response = client.request(request);
 * }</pre>
 *
 * <p>The path is a template: literal segments and {@code {name}} placeholders, starting with {@code
 * /}, without query, fragment, {@code %} or {@code ;}; literal text is sent as written. Each
 * placeholder's value is sent inside its one segment: {@code /}, {@code ?}, {@code #}, {@code %},
 * {@code ;}, {@code \}, spaces and non-ASCII in it are percent-encoded, and a value that would make
 * its segment empty, {@code .} or {@code ..} is refused. Anything refused throws an {@link
 * InvalidParameterException} naming it ({@code path}, {@code pathParams.id}, {@code
 * queryParams.limit}, {@code body}), before anything is sent.
 *
 * <p>Only a {@code GET} is retried after it may have reached the server; a {@code POST}, {@code
 * PUT}, {@code PATCH} or {@code DELETE} is retried only when it provably was not (the connection
 * failed) or was rate limited, unless {@link RequestOptions.Builder#retryNonIdempotent(boolean)}
 * allows it.
 */
public final class RawRequest {
  private final String method;
  private final PathTemplate template;
  private final Map<String, String> pathParams;
  private final List<Map.Entry<String, String>> queryParams;
  private final @Nullable String jsonBody;
  private final String path;

  private RawRequest(Builder b) {
    this.method = b.method;
    this.template = b.template;
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
    this.queryParams = List.copyOf(b.queryParams);
    this.jsonBody = b.jsonBody;
    StringBuilder sent = new StringBuilder();
    for (String segment : template.expand(pathParams)) {
      sent.append('/').append(PathTemplate.encodeSegment(segment));
    }
    this.path = sent.toString();
  }

  /**
   * @param pathTemplate such as {@code /api/audit-logs} or {@code /api/audit-logs/{id}}
   * @return a builder of a {@code GET}
   * @throws InvalidParameterException ({@code path}) if it is not a path template
   */
  public static Builder get(String pathTemplate) {
    return new Builder("GET", pathTemplate);
  }

  /**
   * @param pathTemplate such as {@code /api/audit-logs/{id}/export}
   * @return a builder of a {@code POST}
   * @throws InvalidParameterException ({@code path}) if it is not a path template
   */
  public static Builder post(String pathTemplate) {
    return new Builder("POST", pathTemplate);
  }

  /**
   * @param pathTemplate such as {@code /api/detections/{id}}
   * @return a builder of a {@code PUT}
   * @throws InvalidParameterException ({@code path}) if it is not a path template
   */
  public static Builder put(String pathTemplate) {
    return new Builder("PUT", pathTemplate);
  }

  /**
   * @param pathTemplate such as {@code /api/detections/{id}}
   * @return a builder of a {@code PATCH}
   * @throws InvalidParameterException ({@code path}) if it is not a path template
   */
  public static Builder patch(String pathTemplate) {
    return new Builder("PATCH", pathTemplate);
  }

  /**
   * @param pathTemplate such as {@code /api/detections/{id}}
   * @return a builder of a {@code DELETE}
   * @throws InvalidParameterException ({@code path}) if it is not a path template
   */
  public static Builder delete(String pathTemplate) {
    return new Builder("DELETE", pathTemplate);
  }

  /**
   * @return {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
   */
  public String method() {
    return method;
  }

  /**
   * @return the path template as given, such as {@code /api/audit-logs/{id}}
   */
  public String pathTemplate() {
    return template.template();
  }

  /**
   * @return each placeholder's value, in the order they were set
   */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /**
   * @return the path as sent after the base URL's, values in place and encoded, such as {@code
   *     /api/audit-logs/log%2F7}
   */
  public String path() {
    return path;
  }

  /**
   * @return the query parameters in the order they were added; a name may repeat
   */
  public List<Map.Entry<String, String>> queryParams() {
    return queryParams;
  }

  /**
   * @return the JSON body, if one is set
   */
  public Optional<String> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /**
   * @return a builder holding this request, to send a variant of it
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, template);
    b.pathParams.putAll(pathParams);
    b.queryParams.addAll(queryParams);
    b.jsonBody = jsonBody;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RawRequest)) {
      return false;
    }
    RawRequest other = (RawRequest) o;
    return method.equals(other.method)
        && pathTemplate().equals(other.pathTemplate())
        && pathParams.equals(other.pathParams)
        && queryParams.equals(other.queryParams)
        && Objects.equals(jsonBody, other.jsonBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, pathTemplate(), pathParams, queryParams, jsonBody);
  }

  /** Method, template and parameter names: never a value or the body, which may hold secrets. */
  @Override
  public String toString() {
    return Secrets.redact(
        "RawRequest{"
            + method
            + " "
            + pathTemplate()
            + ", pathParams="
            + pathParams.keySet()
            + ", queryParams="
            + queryParams.stream().map(Map.Entry::getKey).toList()
            + ", body="
            + (jsonBody == null ? "none" : jsonBody.length() + " chars")
            + "}");
  }

  /** Builds a {@link RawRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final PathTemplate template;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();
    private @Nullable String jsonBody;

    private Builder(String method, String pathTemplate) {
      this(method, PathTemplate.parse(pathTemplate));
    }

    private Builder(String method, PathTemplate template) {
      this.method = method;
      this.template = template;
    }

    /**
     * @param name a placeholder of the path template, without braces
     * @param value its value, sent inside one path segment (see {@link RawRequest})
     * @return this builder
     * @throws InvalidParameterException ({@code pathParams.<name>}) if the template has no such
     *     placeholder, or the value is {@code null} or holds an unpaired surrogate
     */
    public Builder pathParam(String name, String value) {
      template.checkValue(name, value);
      pathParams.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter, percent-encoded as UTF-8 (a space is {@code %20}); calling it again
     * with the same name adds a second value.
     *
     * @param name its name
     * @param value its value
     * @return this builder
     * @throws InvalidParameterException ({@code queryParams.<name>}) if either is {@code null}, the
     *     name is empty, or either holds an unpaired surrogate
     */
    public Builder queryParam(String name, String value) {
      Validate.wellFormed("queryParams", Validate.required("queryParams", name));
      String field = Secrets.redact("queryParams." + name);
      if (name.isEmpty()) {
        throw new InvalidParameterException(field, "needs a name");
      }
      Validate.wellFormed(field, Validate.required(field, value));
      queryParams.add(Map.entry(name, value));
      return this;
    }

    /**
     * Sets the body to {@code value} written as JSON, as a trigger payload is: maps, lists, arrays
     * and records; strings, numbers and booleans; {@code java.time} values in ISO-8601; the SDK's
     * enums and models as the API spells them; {@code null} as JSON {@code null}. Sent as {@code
     * application/json}.
     *
     * @param value the body, any JSON value
     * @return this builder
     * @throws InvalidParameterException ({@code body...}, naming where) if the request is a {@code
     *     GET}, or a part of the value has no JSON form
     */
    public Builder body(@Nullable Object value) {
      this.jsonBody = RawCalls.writeBody(method, value);
      return this;
    }

    /**
     * Sets the body to JSON text, sent as is as {@code application/json}.
     *
     * @param json one JSON value
     * @return this builder
     * @throws InvalidParameterException ({@code body}) if the request is a {@code GET}, or the text
     *     is not one JSON value
     */
    public Builder jsonBody(String json) {
      this.jsonBody = RawCalls.checkBody(method, json);
      return this;
    }

    /**
     * @return the request
     * @throws InvalidParameterException ({@code pathParams.<name>}) if a placeholder has no value,
     *     or its value would make its path segment empty, {@code .} or {@code ..}
     */
    public RawRequest build() {
      return new RawRequest(this);
    }

    @Override
    public String toString() {
      return "RawRequest.Builder{" + method + " " + Secrets.redact(template.template()) + "}";
    }
  }
}
