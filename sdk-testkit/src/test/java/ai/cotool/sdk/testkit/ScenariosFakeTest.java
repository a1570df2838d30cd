package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.paging.AlertPage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each scenario kind, one line to set up, and the SDK exception the caller sees. */
class ScenariosFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  private static final CreateDetectionParams DETECTION =
      CreateDetectionParams.builder()
          .name("Impossible travel")
          .detectionCategory(DetectionCategory.BASELINE_ANOMALY)
          .systemPrompt("Check sign-in geography.")
          .detectionQuery("okta.signin | geo_velocity > 900")
          .build();
  private static final AlertListParams OPEN =
      AlertListParams.builder().statusValues("open").limit(10).build();

  @Test
  void badRequest_carriesTheIssues(CotoolFake fake, CotoolClient client) {
    fake.failNext(
        Operation.CREATE_DETECTION,
        FakeError.badRequest(
            FakeError.issue("name", "Required"),
            FakeError.issue("toolNames.2", "Expected string, received number")));

    assertThatThrownBy(() -> client.detections().create(DETECTION))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.issues()).hasSize(2);
              assertThat(e.errorMessage()).hasValue("Invalid request body");
            });
  }

  @Test
  void unauthorized_throwsUnauthorizedException(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.unauthorized());

    assertThatThrownBy(() -> client.alerts().list(OPEN))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("401");
  }

  @Test
  void forbidden_namesTheMissingPermissions(CotoolFake fake, CotoolClient client) {
    fake.failNext(
        Operation.CREATE_OUTPUT_DESTINATION,
        FakeError.forbidden("destinations:write", "org:admin"));

    assertThatThrownBy(
            () ->
                client
                    .outputDestinations()
                    .create(
                        ai.cotool.sdk.models.OutputDestinationParams.slack()
                            .name("x")
                            .channelIds("C1")
                            .build()))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.missingPerms()).containsExactly("destinations:write", "org:admin"));
  }

  @Test
  void notFound_throwsNotFoundException(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.notFound());

    assertThatThrownBy(() -> client.alerts().list(OPEN)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void serverError_onARead_isRetriedAndSucceeds(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, 2, FakeError.serverError());

    AlertPage page = client.alerts().list(OPEN);

    assertThat(page.alerts()).isNotEmpty();
    assertThat(fake.requests(Operation.LIST_ALERTS))
        .extracting(RecordedRequest::status)
        .containsExactly(500, 500, 200);
    assertThat(fake.alertQueries()).hasSize(1);
  }

  @Test
  void serverError_moreTimesThanTheRetries_reachesTheCaller(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, 3, FakeError.serverError());

    assertThatThrownBy(() -> client.alerts().list(OPEN))
        .isInstanceOf(InternalServerException.class);
    assertThat(fake.pendingFailures(Operation.LIST_ALERTS)).isZero();
  }

  @Test
  void serverError_onACreate_isNotRetried(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.CREATE_DETECTION, FakeError.serverError());

    assertThatThrownBy(() -> client.detections().create(DETECTION))
        .isInstanceOf(InternalServerException.class);
    assertThat(fake.requestCount(Operation.CREATE_DETECTION)).isEqualTo(1);
  }

  @Test
  void rateLimited_isRetriedAfterTheWaitTheServerAskedFor(CotoolFake fake) {
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    fake.failNext(Operation.CREATE_DETECTION, FakeError.rateLimited(Duration.ofSeconds(3)));

    try (CotoolClient client = fake.clientBuilder().sleeper(sleeps::add).build()) {
      assertThat(client.detections().create(DETECTION).id()).isNotBlank();
    }

    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    assertThat(fake.requests(Operation.CREATE_DETECTION))
        .extracting(RecordedRequest::status)
        .containsExactly(429, 200);
  }

  @Test
  void rateLimited_untilRetriesRunOut_reportsRetryAfter(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, 3, FakeError.rateLimited());

    assertThatThrownBy(() -> client.alerts().list(OPEN))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1)));
  }

  @Test
  void htmlErrorPage_isAServerErrorWithTheBodyKept(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.ACCEPT_DETECTION, FakeError.badGatewayHtml());
    String id = client.detections().create(DETECTION).id();

    assertThatThrownBy(() -> client.detections().accept(id))
        .isInstanceOfSatisfying(
            InternalServerException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(502);
              assertThat(e.errorMessage()).isEmpty();
              assertThat(e.body()).contains("<h1>502 Bad Gateway</h1>");
            });
  }

  @Test
  void slowResponse_beyondTheClientTimeout_timesOut(CotoolFake fake) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.slow(Duration.ofSeconds(2)));

    try (CotoolClient impatient =
        fake.clientBuilder().timeout(Duration.ofMillis(300)).maxRetries(0).build()) {
      assertThatThrownBy(() -> impatient.alerts().list(OPEN))
          .isInstanceOf(CotoolTimeoutException.class);
    }
  }

  @Test
  void slowResponse_withinTheTimeout_isTheNormalAnswer(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.slow(Duration.ofMillis(200)));

    long start = System.nanoTime();
    AlertPage page = client.alerts().list(OPEN);

    assertThat(page.alerts()).hasSize(10);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void networkFault_onACreate_isAnIoError(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.CREATE_DETECTION, FakeError.networkFault());

    assertThatThrownBy(() -> client.detections().create(DETECTION))
        .isInstanceOf(CotoolIoException.class);
    assertThat(fake.requests(Operation.CREATE_DETECTION))
        .extracting(RecordedRequest::status)
        .containsExactly(0);
  }

  @Test
  void networkFault_onARead_isRetried(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.LIST_ALERTS, FakeError.networkFault())
        .failNext(Operation.LIST_ALERTS, FakeError.emptyResponse());

    assertThat(client.alerts().list(OPEN).alerts()).hasSize(10);
    assertThat(fake.requestCount(Operation.LIST_ALERTS)).isEqualTo(3);
  }

  @Test
  void failNext_affectsOnlyItsOperation(CotoolFake fake, CotoolClient client) {
    fake.failNext(Operation.ACCEPT_DETECTION, FakeError.serverError());

    assertThat(client.alerts().list(OPEN).alerts()).isNotEmpty();
    assertThat(client.detections().create(DETECTION).id()).isNotBlank();
    assertThat(fake.pendingFailures(Operation.ACCEPT_DETECTION)).isEqualTo(1);
  }

  @Test
  void missingApiKey_is401(CotoolFake fake) {
    RawHttp.Response response =
        RawHttp.send(fake, java.net.http.HttpRequest.newBuilder().GET(), "/api/alerts", null);
    RawHttp.Response blank =
        RawHttp.send(fake, java.net.http.HttpRequest.newBuilder().GET(), "/api/alerts", "Bearer ");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).startsWith("{\"error\":");
    assertThat(blank.status()).isEqualTo(401);
  }
}
