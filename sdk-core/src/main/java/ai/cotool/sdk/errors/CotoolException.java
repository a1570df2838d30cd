package ai.cotool.sdk.errors;

import jakarta.annotation.Nullable;

/**
 * Root of every exception the SDK throws for a call that failed: the server answered with an error
 * status ({@link CotoolServiceException}), the network failed ({@link CotoolIoException}), or the
 * response could not be read ({@link CotoolInvalidDataException}). Invalid arguments are reported
 * before anything is sent, with {@link InvalidParameterException}.
 */
public class CotoolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never contains the API key
   * @param cause the underlying failure, or {@code null}
   */
  public CotoolException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what went wrong; never contains the API key
   */
  public CotoolException(String message) {
    super(message);
  }
}
