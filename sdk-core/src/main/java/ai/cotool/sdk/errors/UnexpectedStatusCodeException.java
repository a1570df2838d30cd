package ai.cotool.sdk.errors;

/** A status no other exception covers (for instance 418, or a 3xx the client did not follow). */
public class UnexpectedStatusCodeException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public UnexpectedStatusCodeException(HttpResponseInfo response) {
    super(response);
  }

  /**
   * @param response what the server sent
   * @param message what went wrong, in place of the one made from the status and body
   */
  public UnexpectedStatusCodeException(HttpResponseInfo response, String message) {
    super(response, message);
  }
}
