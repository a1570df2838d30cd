package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.SharedHttp;
import ai.cotool.sdk.testsupport.TestFixtures;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses that are not what the API documents: each ends in its documented exception, which keeps
 * what was received, and none of them is a reason to send a create again.
 */
@ExtendWith(NoLeakedResponses.class)
class BadResponseTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private static final String HTML_502 =
      "<html><head><title>502 Bad Gateway</title></head>"
          + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private CotoolClient client() {
    return TestHttp.client(server, sleeper).build();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private Throwable send(Operation operation, CotoolClient client) {
    try (client) {
      return catchThrowable(() -> operation.call(client));
    }
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void htmlErrorPage_isInternalServerException_withTheBodyKept(Operation operation) {
    operation.always(
        server,
        aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(HTML_502));

    Throwable thrown = send(operation, client());

    assertThat(thrown)
        .isExactlyInstanceOf(InternalServerException.class)
        .hasMessage("HTTP 502: " + HTML_502);
    InternalServerException e = (InternalServerException) thrown;
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.body()).isEqualTo(HTML_502);
    assertThat(e.headers()).containsEntry("content-type", java.util.List.of("text/html"));
    assertThat(e.errorMessage()).isEmpty();
    // a read is retried on 502, a create is not
    assertThat(operation.requestsSeen(server)).isEqualTo(operation.isPost() ? 1 : 3);
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void invalidJson_isInvalidDataException_keepingStatusHeadersAndBody(Operation operation) {
    String body = "{\"alerts\": [ {\"id\": ";
    operation.always(server, json(200, body).withHeader("X-Request-Id", "req-123"));

    Throwable thrown = send(operation, client());

    assertThat(thrown).isExactlyInstanceOf(CotoolInvalidDataException.class);
    CotoolInvalidDataException e = (CotoolInvalidDataException) thrown;
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.headers()).containsEntry("x-request-id", java.util.List.of("req-123"));
    assertThat(operation.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"alerts\"",
        "42",
        "null",
        "{\"alerts\": \"none\", \"totalCount\": 3}",
        "{\"alerts\": [{\"id\": \"a1\", \"source\": \"not an object\"}], \"totalCount\": 1}",
        "{\"alerts\": [], \"totalCount\": \"many\"}",
        "{\"alerts\": [], \"totalCount\": 3} trailing"
      })
  void listAlerts_wrongJsonTypes_isInvalidDataException(String body) {
    Operation.LIST_ALERTS.always(server, json(200, body));

    Throwable thrown;
    try (CotoolClient client = client()) {
      thrown = catchThrowable(() -> readEverything((AlertPage) Operation.LIST_ALERTS.call(client)));
    }

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"detection\"",
        "true",
        "null",
        "{\"id\": {\"nested\": true}}",
        "{\"id\": \"bba60bbb-cfcd-484b-b936-d253779243a8\", \"toolNames\": \"splunk\"}",
        "{\"id\": \"bba60bbb-cfcd-484b-b936-d253779243a8\", \"inputs\": {\"type\": \"text\"}}"
      })
  void createDetection_wrongJsonTypes_isInvalidDataException(String body) {
    Operation.CREATE_DETECTION.always(server, json(200, body));

    Throwable thrown;
    try (CotoolClient client = client()) {
      thrown =
          catchThrowable(() -> readEverything((Detection) Operation.CREATE_DETECTION.call(client)));
    }

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void emptyBodyWith200_isInvalidDataException(Operation operation) {
    operation.always(
        server, aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    Throwable thrown = send(operation, client());

    assertThat(thrown).isExactlyInstanceOf(CotoolInvalidDataException.class);
    assertThat(((CotoolInvalidDataException) thrown).statusCode()).isEqualTo(200);
    assertThat(((CotoolInvalidDataException) thrown).body()).isEmpty();
    assertThat(operation.requestsSeen(server)).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void bodyShorterThanItsContentLength_isIoException_retriedOnlyForReads(Operation operation)
      throws IOException {
    String cut = operation.successBody.substring(0, 100);
    try (HostileServer raw =
        HostileServer.answering(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + operation.successBody.length()
                + "\r\n\r\n"
                + cut)) {
      CotoolClient client =
          CotoolClient.builder()
              .apiKey(TestHttp.API_KEY)
              .baseUrl(raw.baseUrl())
              .httpClient(SharedHttp.CLIENT)
              .sleeper(sleeper)
              .build();

      Throwable thrown = send(operation, client);

      assertThat(thrown)
          .isExactlyInstanceOf(CotoolIoException.class)
          .hasCauseInstanceOf(ProtocolException.class);
      assertThat(raw.requests()).hasSize(operation.isPost() ? 1 : 3);
      assertThat(sleeper.delays()).hasSize(operation.isPost() ? 0 : 2);
    }
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void bodyLargerThanMaxResponseBytes_isInvalidDataException_notRetried(Operation operation) {
    operation.always(server, operation.success());

    Throwable thrown =
        send(operation, TestHttp.client(server, sleeper).maxResponseBytes(1024).build());

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolInvalidDataException.class)
        .hasMessageContaining("limit of 1024 bytes");
    assertThat(((CotoolInvalidDataException) thrown).statusCode()).isEqualTo(200);
    assertThat(operation.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void bodyOfExactlyMaxResponseBytes_isRead() {
    int size = TestFixtures.ALERTS_PAGE.getBytes(StandardCharsets.UTF_8).length;
    Operation.LIST_ALERTS.always(server, Operation.LIST_ALERTS.success());

    try (CotoolClient client = TestHttp.client(server, sleeper).maxResponseBytes(size).build()) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }
  }

  @Test
  void maxResponseBytesOfLongMaxValue_meansNoLimit() {
    Operation.LIST_ALERTS.always(server, Operation.LIST_ALERTS.success());

    try (CotoolClient client =
        TestHttp.client(server, sleeper).maxResponseBytes(Long.MAX_VALUE).build()) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }
  }

  @Test
  void compressedBody_isCappedAfterDecompression() throws IOException {
    // 8 MiB of JSON whitespace gzips to a few KiB: the cap must apply to what the body inflates to
    byte[] bomb = gzip("{\"alerts\": [], \"totalCount\": 0" + " ".repeat(8 << 20) + "}");
    assertThat(bomb.length).isLessThan(64 * 1024);
    Operation.LIST_ALERTS.always(
        server,
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withHeader("Content-Encoding", "gzip")
            .withBody(bomb));

    Throwable thrown =
        send(
            Operation.LIST_ALERTS,
            TestHttp.client(server, sleeper).maxResponseBytes(1024 * 1024).build());

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolInvalidDataException.class)
        .hasMessageContaining("limit of 1048576 bytes");
  }

  @Test
  void errorBodyLargerThanMaxResponseBytes_keepsItsStatus_withTheBodyCutAtTheCap() {
    Operation.CREATE_DETECTION.always(
        server, aResponse().withStatus(500).withBody("x".repeat(10_000)));

    Throwable thrown =
        send(
            Operation.CREATE_DETECTION,
            TestHttp.client(server, sleeper).maxResponseBytes(1024).build());

    assertThat(thrown).isExactlyInstanceOf(InternalServerException.class);
    assertThat(((InternalServerException) thrown).body()).hasSize(1024);
  }

  @Test
  void defaultCap_rejectsABodyOver16MiB_withoutRunningOutOfMemory() {
    String huge = "{\"alerts\": [], \"totalCount\": 0" + " ".repeat(16 << 20) + "}";
    Operation.LIST_ALERTS.always(server, json(200, huge));

    Throwable thrown = send(Operation.LIST_ALERTS, client());

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolInvalidDataException.class)
        .hasMessageContaining("limit of 16777216 bytes");
  }

  @Test
  void maxRetriesZeroPerRequest_surfacesTheFirstHtmlPage() {
    Operation.LIST_ALERTS.always(server, aResponse().withStatus(503).withBody(HTML_502));

    Throwable thrown;
    try (CotoolClient client = client()) {
      thrown =
          catchThrowable(
              () ->
                  Operation.LIST_ALERTS.call(
                      client, RequestOptions.builder().maxRetries(0).build()));
    }

    assertThat(((InternalServerException) thrown).body()).isEqualTo(HTML_502);
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
  }

  /** Calls the getters a caller would, so that a lazily reported problem surfaces too. */
  private static void readEverything(AlertPage page) {
    page.totalCount();
    page.alerts()
        .forEach(
            alert -> {
              alert.id();
              alert.source();
            });
  }

  private static void readEverything(Detection detection) {
    detection.id();
    detection.toolNames();
    detection.inputs();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
