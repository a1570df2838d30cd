package ai.cotool.sdk.async;

import ai.cotool.sdk.reliability.LeakDetector;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** After a test class, asserts that no response was left open on the pool of {@link AsyncHttp#SHARED}. */
final class NoLeakedResponses implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    LeakDetector.install();
    LeakDetector.leaks(AsyncHttp.SHARED.connectionPool()); // forget anything an earlier class left behind
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertThat(LeakDetector.leaks(AsyncHttp.SHARED.connectionPool()))
        .as("responses left open by %s", context.getDisplayName())
        .isEmpty();
  }
}
