package ai.cotool.sdk.errors;

import ai.cotool.sdk.internal.ErrorBodies;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with an error status. One subclass per class of status; each keeps the status
 * code, the headers and the body, and the server's own explanation ({@link #errorMessage()}) when
 * its body carried one.
 *
 * <pre>{@code
 * try {
 *   client.detections().accept(id);
 * } catch (NotFoundException e) {
 *   // no such detection
 * } catch (CotoolServiceException e) {
 *   log.warn("Cotool said {}: {}", e.statusCode(), e.errorMessage().orElse("(no message)"));
 * }
 * }</pre>
 */
public class CotoolServiceException extends CotoolException {
  private static final long serialVersionUID = 1L;
  private static final int EXCERPT = 200;

  private final transient HttpResponseInfo response;
  private final @Nullable String errorMessage;

  /**
   * @param response what the server sent
   */
  public CotoolServiceException(HttpResponseInfo response) {
    this(response, ErrorBodies.errorMessage(response.body()), null);
  }

  /**
   * @param response what the server sent
   * @param message what went wrong, in place of the one made from the status and body
   */
  protected CotoolServiceException(HttpResponseInfo response, String message) {
    this(
        response,
        ErrorBodies.errorMessage(response.body()),
        Objects.requireNonNull(message, "message"));
  }

  private CotoolServiceException(
      HttpResponseInfo response, @Nullable String errorMessage, @Nullable String message) {
    super(message != null ? message : message(response, errorMessage));
    this.response = Objects.requireNonNull(response, "response");
    this.errorMessage = errorMessage;
  }

  private static String message(HttpResponseInfo response, @Nullable String errorMessage) {
    String detail = errorMessage != null ? errorMessage : excerpt(response.body());
    return "HTTP " + response.statusCode() + (detail.isEmpty() ? "" : ": " + detail);
  }

  private static String excerpt(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
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
   * @return the response body as received (up to the client's size cap)
   */
  public String body() {
    return response.body();
  }

  /**
   * @return status, headers and body together
   */
  public HttpResponseInfo response() {
    return response;
  }

  /**
   * @return the {@code error} text of a JSON error body, when there was one
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }
}
