package ai.cotool.sdk.errors;

/** A 5xx status: the server failed. Reads were retried before this was thrown. */
public class InternalServerException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public InternalServerException(HttpResponseInfo response) {
    super(response);
  }
}
