package ai.cotool.sdk.errors;

import jakarta.annotation.Nullable;

/**
 * The call failed on the network: the connection could not be made or broke, the response was cut
 * short, or a timeout or the call's deadline expired. Thrown after the client's retries, where the
 * request could be retried.
 */
public class CotoolIoException extends CotoolException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the I/O exception, or {@code null}
   */
  public CotoolIoException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
