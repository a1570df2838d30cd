package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing your code" example, verbatim: a user's service and its test. */
class ReadmeExampleTest {

  /** The code under test: a user's own service that pages through urgent open alerts. */
  static final class UrgentAlerts {
    private final CotoolClient cotool;

    UrgentAlerts(CotoolClient cotool) {
      this.cotool = cotool;
    }

    List<String> titles() {
      AlertListParams params =
          AlertListParams.builder()
              .statuses(AlertStatus.OPEN)
              .severities(AlertSeverity.CRITICAL)
              .build();
      return cotool.alerts().listAutoPaging(params).stream().map(Alert::title).toList();
    }
  }

  // --- README snippet starts here ---
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  @Test
  void titles_areOnlyThoseOfCriticalOpenAlerts(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(
            List.of(
                FakeAlert.builder()
                    .title("Sudoers changed")
                    .severity(AlertSeverity.CRITICAL)
                    .build(),
                FakeAlert.builder().title("Port scan").severity(AlertSeverity.LOW).build()));

    List<String> titles = new UrgentAlerts(client).titles();

    assertThat(titles).containsExactly("Sudoers changed");
    assertThat(fake.alertQueries())
        .singleElement()
        .satisfies(q -> assertThat(q.statuses()).containsExactly(AlertStatus.OPEN));
  }

  @Test
  void titles_afterARateLimit_areStillReturned(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.rateLimited(Duration.ofSeconds(2)));

    assertThat(new UrgentAlerts(client).titles())
        .isNotEmpty(); // retried; the fake's client does not sleep
  }

  @Test
  void titles_duringAnOutage_throwCotoolServiceException(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, 3, FakeError.serverError()); // first try and both retries

    assertThatThrownBy(() -> new UrgentAlerts(client).titles())
        .isInstanceOf(CotoolServiceException.class)
        .hasMessageContaining("500");
  }
  // --- README snippet ends here ---
}
