package ai.cotool.sdk.errors;

/**
 * Auto-paging stopped because the server's pages do not add up: it returned the same page again, or
 * page after page of alerts already delivered. Continuing could loop or silently skip alerts, so
 * the iterator fails instead. The alerts delivered before it remain valid; the iterator does not
 * fetch further.
 */
public class PaginationException extends CotoolException {
  private static final long serialVersionUID = 1L;

  private final long offset;

  /**
   * @param message what the server did
   * @param offset the offset of the page that revealed the problem
   */
  public PaginationException(String message, long offset) {
    super(message);
    this.offset = offset;
  }

  /**
   * @return the offset of the page that revealed the problem
   */
  public long offset() {
    return offset;
  }
}
