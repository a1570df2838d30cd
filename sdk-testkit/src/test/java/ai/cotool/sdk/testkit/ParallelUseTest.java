package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Test methods running at the same time, each with its own fake (the extension in an instance
 * field): no test sees another's state. junit-platform.properties enables parallel execution; this
 * class opts in.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelUseTest {
  private static final Set<String> BASE_URLS = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger MAX_RUNNING = new AtomicInteger();

  @RegisterExtension final CotoolFakeExtension cotool = new CotoolFakeExtension();

  @RepeatedTest(8)
  void inParallel_eachTestHasItsOwnState(CotoolFake fake, CotoolClient client)
      throws InterruptedException {
    MAX_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    try {
      BASE_URLS.add(fake.baseUrl());
      int mine = 1 + (int) (Thread.currentThread().getId() % 4);
      fake.alerts().generate(10 * mine);
      for (int i = 0; i < mine; i++) {
        client
            .detections()
            .create(
                CreateDetectionParams.builder()
                    .name("detection " + i)
                    .detectionCategory(DetectionCategory.CUSTOM)
                    .systemPrompt("p")
                    .detectionQuery("q")
                    .build());
        Thread.sleep(20);
      }
      long alerts =
          client.alerts().listAutoPaging(AlertListParams.builder().limit(7).build()).stream()
              .count();

      assertThat(fake.createdDetections()).hasSize(mine);
      assertThat(alerts).isEqualTo(10L * mine);
      assertThat(fake.requestCount(ai.cotool.sdk.testkit.Operation.CREATE_DETECTION))
          .isEqualTo(mine);
    } finally {
      RUNNING.decrementAndGet();
    }
  }

  @AfterAll
  static void theTestsRanConcurrentlyOnSeparateFakes() {
    assertThat(BASE_URLS).hasSize(8);
    assertThat(MAX_RUNNING.get()).isGreaterThan(1);
  }
}
