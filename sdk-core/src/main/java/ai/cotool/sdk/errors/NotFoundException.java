package ai.cotool.sdk.errors;

/** 404: the resource does not exist (for instance an unknown detection id). */
public class NotFoundException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * @param response what the server sent
   */
  public NotFoundException(HttpResponseInfo response) {
    super(response);
  }
}
