package ai.cotool.sdk.errors;

/** 422: the server understood the request but refused its content. */
public class UnprocessableEntityException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public UnprocessableEntityException(HttpResponseInfo response) {
    super(response);
  }
}
