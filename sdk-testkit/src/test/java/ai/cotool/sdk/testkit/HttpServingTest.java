package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake's own HTTP serving (JDK sockets): what clients other than OkHttp send, and stopping
 * mid-answer.
 */
class HttpServingTest {
  private static final String DETECTION =
      "{\"name\":\"chunked\",\"detectionCategory\":\"custom\","
          + "\"systemPrompt\":\"p\",\"detectionQuery\":\"q\"}";

  @Test
  void aChunkedRequestBody_isReadWhole() {
    try (CotoolFake fake = CotoolFake.start()) {
      HttpRequest.Builder chunked =
          HttpRequest.newBuilder()
              .POST(
                  HttpRequest.BodyPublishers.ofInputStream(
                      () -> new ByteArrayInputStream(DETECTION.getBytes(StandardCharsets.UTF_8))))
              .header("Content-Type", "application/json");

      RawHttp.Response response = RawHttp.send(fake, chunked, "/api/detections", "Bearer k");

      assertThat(response.status()).isEqualTo(200);
      assertThat(fake.createdDetections())
          .singleElement()
          .satisfies(d -> assertThat(d.name()).isEqualTo("chunked"));
      assertThat(fake.requests(Operation.CREATE_DETECTION).get(0).headers())
          .containsKey("transfer-encoding");
    }
  }

  @Test
  void oneConnection_servesRequestsInTurn() {
    try (CotoolFake fake = CotoolFake.start()) {
      for (int i = 0; i < 20; i++) {
        assertThat(RawHttp.get(fake, "/api/alerts?limit=1").status()).isEqualTo(200);
      }
      assertThat(fake.requestCount(Operation.LIST_ALERTS)).isEqualTo(20);
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void close_endsAnAnswerThatIsStillDelayed_atOnce() throws Exception {
    CotoolFake fake = CotoolFake.start();
    fake.failNext(Operation.LIST_ALERTS, FakeError.slow(Duration.ofHours(1)));
    try (CotoolClient client = fake.clientBuilder().maxRetries(0).build()) {
      CompletableFuture<AlertPage> pending =
          client.async().alerts().list(AlertListParams.builder().build());
      while (fake.requestCount(Operation.LIST_ALERTS) == 0) { // received, now waiting out its hour
        Thread.onSpinWait();
      }

      fake.close();

      assertThat(pending)
          .failsWithin(Duration.ofSeconds(20))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(CotoolIoException.class);
    }
  }
}
