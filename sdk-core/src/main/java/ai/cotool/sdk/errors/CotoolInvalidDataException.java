package ai.cotool.sdk.errors;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's response could not be read as the API documents it: not JSON, truncated, the wrong
 * shape, or a required property missing when it was asked for. Keeps what was received, when it
 * came from an HTTP response.
 */
public class CotoolInvalidDataException extends CotoolException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable HttpResponseInfo response;

  /**
   * @param message what could not be read
   * @param cause the parser's exception, or {@code null}
   */
  public CotoolInvalidDataException(String message, @Nullable Throwable cause) {
    this(message, cause, null);
  }

  /**
   * @param message what could not be read
   * @param cause the parser's exception, or {@code null}
   * @param response the response it came from, or {@code null}
   */
  public CotoolInvalidDataException(
      String message, @Nullable Throwable cause, @Nullable HttpResponseInfo response) {
    super(message, cause);
    this.response = response;
  }

  /**
   * @return the HTTP response the data came from, when known
   */
  public Optional<HttpResponseInfo> response() {
    return Optional.ofNullable(response);
  }

  /**
   * @return the HTTP status, or 0 when the data did not come from a response
   */
  public int statusCode() {
    return response == null ? 0 : response.statusCode();
  }

  /**
   * @return the response headers (names lower-case), empty when unknown
   */
  public Map<String, List<String>> headers() {
    return response == null ? Map.of() : response.headers();
  }

  /**
   * @return the response body as received (up to the client's size cap), empty when unknown
   */
  public String body() {
    return response == null ? "" : response.body();
  }
}
