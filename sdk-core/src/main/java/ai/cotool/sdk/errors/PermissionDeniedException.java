package ai.cotool.sdk.errors;

import ai.cotool.sdk.internal.ErrorBodies;
import java.util.List;

/**
 * 403: the API key's user lacks permissions for this operation; {@link #missingPerms()} names them.
 */
public class PermissionDeniedException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> missingPerms;

  /**
   * @param response what the server sent
   */
  public PermissionDeniedException(HttpResponseInfo response) {
    super(response);
    this.missingPerms = ErrorBodies.missingPerms(response.body());
  }

  /**
   * @return the permissions the server said are missing; empty when it did not say
   */
  public List<String> missingPerms() {
    return missingPerms;
  }
}
