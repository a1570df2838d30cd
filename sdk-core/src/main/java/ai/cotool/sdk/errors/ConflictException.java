package ai.cotool.sdk.errors;

/** 409: the request conflicts with the resource's current state. */
public class ConflictException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public ConflictException(HttpResponseInfo response) {
    super(response);
  }
}
