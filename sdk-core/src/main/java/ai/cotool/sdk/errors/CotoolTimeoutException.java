package ai.cotool.sdk.errors;

import jakarta.annotation.Nullable;

/**
 * The call's overall deadline (which includes every retry and wait) expired before it completed.
 */
public class CotoolTimeoutException extends CotoolIoException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what timed out
   * @param cause the underlying exception, or {@code null}
   */
  public CotoolTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
