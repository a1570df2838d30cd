package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestCaptureTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  @Test
  void alertQueries_areTheParamsAsSent(CotoolFake fake, CotoolClient client) {
    AlertListParams params =
        AlertListParams.builder()
            .statuses(AlertStatus.OPEN, AlertStatus.IN_PROGRESS)
            .severities(AlertSeverity.CRITICAL)
            .q("sudoers & root")
            .limit(5)
            .build();

    client.alerts().list(params);

    assertThat(fake.alertQueries()).containsExactly(params);
  }

  @Test
  void requests_keepMethodPathQueryHeadersAndStatus(CotoolFake fake, CotoolClient client) {
    client.alerts().list(AlertListParams.builder().q("a b").build());

    RecordedRequest request = fake.requests(Operation.LIST_ALERTS).get(0);
    assertThat(request.operation()).hasValue(Operation.LIST_ALERTS);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/api/alerts");
    assertThat(request.queryParam("q")).hasValue("a b");
    assertThat(request.header("authorization")).hasValue("Bearer " + CotoolFake.API_KEY);
    assertThat(request.header("User-Agent")).get().asString().startsWith("cotool-java/");
    assertThat(request.status()).isEqualTo(200);
    assertThat(request.answeredByScenario()).isFalse();
  }

  @Test
  void unknownPaths_areRecordedWithoutOperation_andAnswered404(CotoolFake fake) {
    assertThat(RawHttp.get(fake, "/api/agents").status()).isEqualTo(404);
    assertThat(RawHttp.post(fake, "/api/alerts", "{}").status()).isEqualTo(405);

    assertThat(fake.requests()).hasSize(2).allSatisfy(r -> assertThat(r.operation()).isEmpty());
  }

  @Test
  void reset_forgetsRequestsAndState(CotoolFake fake, CotoolClient client) {
    client.alerts().list(AlertListParams.builder().build());
    fake.alerts().clear();
    fake.failNext(Operation.LIST_ALERTS, FakeError.serverError());

    fake.reset();

    assertThat(fake.requests()).isEmpty();
    assertThat(fake.alertQueries()).isEmpty();
    assertThat(fake.pendingFailures(Operation.LIST_ALERTS)).isZero();
    assertThat(fake.alerts().size()).isEqualTo(FakeAlerts.DEFAULT_COUNT);
  }
}
