package ai.cotool.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a test class, asserts that OkHttp's leak detection found no response left open (a
 * connection leaked) on the pool of {@link SharedHttp#CLIENT}.
 */
public final class NoLeakedResponses implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    LeakDetector.install();
    LeakDetector.leaks(
        SharedHttp.CLIENT.connectionPool()); // forget anything an earlier class left behind
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertThat(LeakDetector.leaks(SharedHttp.CLIENT.connectionPool()))
        .as("responses left open by %s", context.getDisplayName())
        .isEmpty();
  }
}
