package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.paging.AlertPage;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Success bodies are decoded straight from the bytes received, and turned into text only when
 * something keeps the text (an exception, a raw response): what the caller gets must be the same
 * either way.
 */
class ResponseBodyDecodingWireTest extends WireMockClientTestBase {
  private static final AlertListParams ALL = AlertListParams.builder().build();

  /**
   * A page of {@code count} alerts whose titles mix 1-, 2-, 3- and 4-byte UTF-8, so they straddle
   * every buffer.
   */
  private static String bigPage(int count) {
    StringJoiner alerts = new StringJoiner(",", "{\"alerts\":[", "],\"totalCount\":" + count + "}");
    for (int i = 0; i < count; i++) {
      alerts.add(
          "{\"id\":\"a"
              + i
              + "\",\"title\":\""
              + "é☃\uD83D\uDD25x".repeat(i % 7 + 1)
              + " "
              + i
              + "\",\"status\":\"open\"}");
    }
    return alerts.toString();
  }

  @Test
  void aLargeUtf8Page_decodesExactlyAsFromText() {
    String body = bigPage(600); // ~70 KB
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.getBytes(StandardCharsets.UTF_8))));

    AlertPage page = client.alerts().list(ALL);

    assertThat(page.alerts()).hasSize(600);
    assertThat(page.alerts())
        .extracting(Alert::title)
        .containsExactlyElementsOf(
            AlertList.fromJson(body).alerts().stream().map(Alert::title).toList());
  }

  @Test
  void aLargePage_decodesTheSame_asyncAndRaw() {
    String body = bigPage(600);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.getBytes(StandardCharsets.UTF_8))));
    AlertList expected = AlertList.fromJson(body);

    AlertPage async = client.async().alerts().list(ALL).join();
    ApiResponse<AlertPage> rawAsync = client.async().withRawResponse().alerts().list(ALL).join();

    assertThat(async.alerts()).isEqualTo(expected.alerts());
    assertThat(rawAsync.data().alerts()).isEqualTo(expected.alerts());
    assertThat(rawAsync.response().body()).isEqualTo(body);
  }

  @Test
  void aLargeBodyThatBreaksAtTheEnd_failsAsyncKeepingTheWholeBodyAsText() {
    String valid = bigPage(300);
    String body = valid.substring(0, valid.length() - 1) + ",}";
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.getBytes(StandardCharsets.UTF_8))));

    assertThatThrownBy(() -> client.async().alerts().list(ALL).join())
        .hasCauseInstanceOf(CotoolInvalidDataException.class)
        .satisfies(
            e ->
                assertThat(((CotoolInvalidDataException) e.getCause()).response().get().body())
                    .isEqualTo(body));
  }

  /** Both ways of reading a body: as text (small ones) and through a decoder (larger ones). */
  @ParameterizedTest
  @ValueSource(ints = {1, 400})
  void aBodyInTheCharsetItsContentTypeNames_isDecodedInThatCharset(int count) {
    StringJoiner alerts = new StringJoiner(",", "{\"alerts\":[", "],\"totalCount\":" + count + "}");
    for (int i = 0; i < count; i++) {
      alerts.add("{\"id\":\"a" + i + "\",\"title\":\"Connexion refusée " + i + "\"}");
    }
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                    .withBody(alerts.toString().getBytes(StandardCharsets.ISO_8859_1))));

    List<Alert> received = client.alerts().list(ALL).alerts();

    assertThat(received).hasSize(count);
    assertThat(received.get(count - 1).title()).isEqualTo("Connexion refusée " + (count - 1));
  }

  @Test
  void aLargeBodyThatBreaksAtTheEnd_failsKeepingTheWholeBodyAsText() {
    String valid = bigPage(300);
    String body =
        valid.substring(0, valid.length() - 1) + ",}"; // a trailing comma after ~35 KB of alerts
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body.getBytes(StandardCharsets.UTF_8))));

    assertThatThrownBy(() -> client.alerts().list(ALL))
        .isInstanceOfSatisfying(
            CotoolInvalidDataException.class,
            e -> {
              assertThat(e.response()).isPresent();
              assertThat(e.response().get().statusCode()).isEqualTo(200);
              assertThat(e.response().get().body()).isEqualTo(body);
            });
  }

  @Test
  void aRawResponse_keepsTheBodyTextNextToTheDecodedResult() {
    String body = bigPage(50);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req_1")
                    .withBody(body.getBytes(StandardCharsets.UTF_8))));

    ApiResponse<AlertPage> raw = client.withRawResponse().alerts().list(ALL);

    assertThat(raw.response().body()).isEqualTo(body);
    assertThat(raw.requestId()).hasValue("req_1");
    assertThat(raw.data().alerts()).hasSize(50);
  }

  @Test
  void aDetectionDecodedWhileStreaming_equalsTheOneDecodedFromText() {
    String body = fixture("detection-created.json");
    server.stubFor(
        post("/api/detections/" + DETECTION_ID + "/accept")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));

    assertThat(client.detections().accept(DETECTION_ID)).isEqualTo(Detection.fromJson(body));
  }

  @Test
  void fromJsonReader_readsWhatFromJsonTextReads_andLeavesTheReaderOpen() throws IOException {
    String body = bigPage(20);
    Reader reader =
        new StringReader(body) {
          @Override
          public void close() {
            throw new AssertionError("the caller's reader was closed");
          }
        };

    assertThat(AlertList.fromJson(reader)).isEqualTo(AlertList.fromJson(body));
    assertThat(reader.read()).isEqualTo(-1);
    assertThatThrownBy(() -> AlertList.fromJson(new StringReader("{\"alerts\":[")))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> Detection.fromJson(new StringReader("[]")))
        .isInstanceOf(CotoolInvalidDataException.class);
  }
}
