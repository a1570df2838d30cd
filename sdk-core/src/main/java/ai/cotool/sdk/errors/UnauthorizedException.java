package ai.cotool.sdk.errors;

/** 401: the API key is missing, invalid or revoked. */
public class UnauthorizedException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public UnauthorizedException(HttpResponseInfo response) {
    super(response);
  }
}
