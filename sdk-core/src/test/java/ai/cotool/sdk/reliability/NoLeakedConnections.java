package ai.cotool.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a test class, asserts that OkHttp's leak detection found no response left open on the shared pool of
 * {@link TestHttp#SHARED}.
 */
final class NoLeakedConnections implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    LeakDetector.install();
    LeakDetector.leaks(TestHttp.SHARED.connectionPool()); // forget anything an earlier class left behind
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertThat(LeakDetector.leaks(TestHttp.SHARED.connectionPool()))
        .as("connections leaked by %s (a response was not closed)", context.getDisplayName())
        .isEmpty();
  }
}
