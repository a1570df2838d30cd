package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small test classes written as a user would (the static nested classes below; surefire does
 * not run them on their own) and checks from the outside when their fakes start, reset and stop.
 */
class ExtensionLifecycleTest {
  /** What the user classes saw: one entry per test. Each run starts with a cleared list. */
  static final List<CotoolFake> SEEN = new CopyOnWriteArrayList<>();

  static final List<Integer> DETECTIONS_AT_START = new CopyOnWriteArrayList<>();

  static final CreateDetectionParams DETECTION =
      CreateDetectionParams.builder()
          .name("d")
          .detectionCategory(DetectionCategory.CUSTOM)
          .systemPrompt("p")
          .detectionQuery("q")
          .build();

  @Test
  void staticField_oneFakeForTheClass_resetBeforeEachTest_stoppedAfterAll() {
    TestExecutionSummary summary = run(StaticFieldUser.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
    assertThat(DETECTIONS_AT_START).containsExactly(0, 0);
    assertStopped(SEEN.get(0));
  }

  @Test
  void instanceField_oneFakePerTest_eachStoppedAfterItsTest() {
    TestExecutionSummary summary = run(InstanceFieldUser.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    SEEN.forEach(ExtensionLifecycleTest::assertStopped);
  }

  @Test
  void annotation_registersAFakeForTheClass() {
    TestExecutionSummary summary = run(AnnotationUser.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
    assertStopped(SEEN.get(0));
  }

  @Test
  void withSetup_isAppliedAfterEveryReset() {
    TestExecutionSummary summary = run(SetupUser.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(summary.getFailures()).isEmpty();
  }

  private static TestExecutionSummary run(Class<?> userClass) {
    SEEN.clear();
    DETECTIONS_AT_START.clear();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(userClass)).build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    summary
        .getFailures()
        .forEach(
            f -> {
              throw new AssertionError(
                  "user test failed: " + f.getTestIdentifier().getDisplayName(), f.getException());
            });
    return summary;
  }

  private static void assertStopped(CotoolFake fake) {
    assertThatThrownBy(() -> RawHttp.get(fake, "/api/alerts"))
        .isInstanceOf(UncheckedIOException.class);
  }

  // ---- user classes
  // ------------------------------------------------------------------------------------------

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StaticFieldUser {
    @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

    @Test
    @Order(1)
    void first_getsTheFakesOwnClient(CotoolFake fake, CotoolClient client) {
      record(fake);
      client.detections().create(DETECTION);
      assertThat(client).isSameAs(fake.client());
    }

    @Test
    @Order(2)
    void second_getsTheSameFakeReset(CotoolFake fake) {
      record(fake);
    }
  }

  static class InstanceFieldUser {
    @RegisterExtension final CotoolFakeExtension cotool = new CotoolFakeExtension();

    @Test
    void aTest_getsTheFieldsFake(CotoolFake fake) {
      record(fake);
      assertThat(cotool.fake()).isSameAs(fake);
    }

    @Test
    void anotherTest_getsItsOwnFake(CotoolFake fake) {
      record(fake);
    }
  }

  @WithCotoolFake
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class AnnotationUser {
    @BeforeAll
    static void beforeAll(CotoolFake fake) {
      assertThat(fake.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    @Order(1)
    void first_createsADetection(CotoolFake fake, CotoolClient client) {
      record(fake);
      client.detections().create(DETECTION);
    }

    @Test
    @Order(2)
    void second_getsTheClassFake(CotoolFake fake) {
      record(fake);
    }
  }

  static class SetupUser {
    @RegisterExtension
    static final CotoolFakeExtension cotool =
        new CotoolFakeExtension()
            .withSetup(fake -> fake.alerts().generate(3))
            .withSetup(fake -> fake.failNext(Operation.LIST_ALERTS, FakeError.serverError()));

    @Test
    void aTest_seesTheSetupAlertsAndFailure(CotoolFake fake) {
      assertThat(fake.alerts().size()).isEqualTo(3);
      assertThat(fake.pendingFailures(Operation.LIST_ALERTS)).isEqualTo(1);
      fake.alerts().clear();
    }

    @Test
    void anotherTest_seesTheSetupAlerts(CotoolFake fake) {
      assertThat(fake.alerts().size()).isEqualTo(3);
    }
  }

  private static void record(CotoolFake fake) {
    SEEN.add(fake);
    DETECTIONS_AT_START.add(fake.detections().size());
  }
}
