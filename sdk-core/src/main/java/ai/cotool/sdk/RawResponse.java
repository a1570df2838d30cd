package ai.cotool.sdk;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.internal.RawCalls;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.models.ApiModel;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The successful ({@code 2xx}) answer to a {@link RawRequest}: status, headers and body as text,
 * whatever the body holds (JSON, other text, nothing), with helpers to read it as JSON. An error
 * status throws the exception a typed call would ({@link ai.cotool.sdk.errors.NotFoundException},
 * ...), never returns one of these. Immutable.
 *
 * <pre>{@code
 * RawResponse response = client.request(RawRequest.get("/api/audit-logs").queryParam("limit", "50").build());
 * Map<?, ?> page = (Map<?, ?>) response.json();          // plain Java: Map, List, String, Number, Boolean, null
 * Detection detection = otherResponse.bodyAs(Detection.class);   // one of the SDK's models
 * }</pre>
 */
public final class RawResponse {
  private final HttpResponseInfo response;

  /**
   * @param response what the server sent; the client blanks its API key out of it wherever the
   *     server echoed it
   */
  public RawResponse(HttpResponseInfo response) {
    this.response = Objects.requireNonNull(response, "response");
  }

  /**
   * @return the HTTP status code, {@code 200} to {@code 299}
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

  /**
   * @return the body as text (decoded as its {@code Content-Type} says, else UTF-8), empty when
   *     there was none
   */
  public String body() {
    return response.body();
  }

  /**
   * The body read as one JSON value, in plain Java: a {@code Map<String, Object>} (keys in the
   * order received), {@code List<Object>}, {@code String}, {@code Number}, {@code Boolean} or
   * {@code null}, unmodifiable; what the models' {@code additionalProperties()} hold.
   *
   * @return the value
   * @throws CotoolInvalidDataException if the body is empty or not exactly one JSON value; it keeps
   *     the response
   */
  public @Nullable Object json() {
    return RawCalls.plainJson(response);
  }

  /**
   * The body read as one of the SDK's response models, as the typed operation returning it would
   * read it: unknown properties and enum values kept.
   *
   * <pre>{@code
   * Detection detection = response.bodyAs(Detection.class);
   * }</pre>
   *
   * @param model a response model of {@code ai.cotool.sdk.models}, such as {@code Detection},
   *     {@code OutputDestination} or {@code AlertList}
   * @param <T> the model
   * @return the model
   * @throws CotoolInvalidDataException if the body is empty or not that model's JSON; it keeps the
   *     response
   * @throws ai.cotool.sdk.errors.InvalidParameterException ({@code model}) if the class is not a
   *     response model of the SDK (a request body, say)
   */
  public <T extends ApiModel> T bodyAs(Class<T> model) {
    return RawCalls.model(response, model);
  }

  /** Status, request id and body length: never the body, which may hold secrets. */
  @Override
  public String toString() {
    return Secrets.redact(
        "RawResponse{status="
            + statusCode()
            + ", requestId="
            + requestId().orElse("none")
            + ", bodyLength="
            + body().length()
            + "}");
  }
}
