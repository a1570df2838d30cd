package ai.cotool.sdk.errors;

import ai.cotool.sdk.internal.ErrorBodies;
import java.util.List;
import java.util.Map;

/**
 * 400: the server rejected the input. {@link #issues()} lists what it found wrong, when it said.
 */
public class BadRequestException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  private final transient List<Map<String, Object>> issues;

  /**
   * @param response what the server sent
   */
  public BadRequestException(HttpResponseInfo response) {
    super(response);
    this.issues = ErrorBodies.issues(response.body());
  }

  /**
   * @return the {@code issues} of the server's {@code ValidationError} body, each an object as sent
   *     (typically with {@code path}, {@code message} and {@code code}); empty when there were none
   */
  public List<Map<String, Object>> issues() {
    return issues;
  }
}
