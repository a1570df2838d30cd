package ai.cotool.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.bench.data.AlertPageData;
import ai.cotool.bench.data.DetectionData;
import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.pojo.AlertPojo;
import ai.cotool.bench.pojo.DetectionPojo;
import ai.cotool.bench.server.LoopbackServer;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.Detection;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks honest without running them: their data is valid against the spec and
 * realistic, the decoders compared read the same values from it, and the loopback server pages as
 * the benchmarks expect.
 */
class BenchmarkDataTest {
  private static SpecValidator spec;
  private static AlertPageData page;

  @BeforeAll
  static void load() throws Exception {
    spec = new SpecValidator(Path.of("..", "spec", "openapi.json"));
    page = new AlertPageData(200, 100_000);
  }

  @Test
  void pageIsAbout250KbAndValidAgainstTheSpec() {
    assertThat(page.length()).isBetween(200_000, 300_000);
    JsonElement body = JsonParser.parseString(page.json());
    assertThat(spec.validate(body, spec.responseSchema("/api/alerts", "get"))).isEmpty();
    JsonArray alerts = body.getAsJsonObject().getAsJsonArray("alerts");
    assertThat(alerts).hasSize(200);
  }

  @Test
  void pageUsesTheNullsTheSpecAllowsAndNonAsciiText() {
    JsonArray alerts =
        JsonParser.parseString(page.json()).getAsJsonObject().getAsJsonArray("alerts");
    for (String nullable :
        List.of(
            "description",
            "severity",
            "detection",
            "externalProvider",
            "resolvedAt",
            "triggerSource",
            "assignedAgentId",
            "derivedDisposition")) {
      long nulls = 0;
      for (JsonElement a : alerts) {
        nulls += a.getAsJsonObject().get(nullable).isJsonNull() ? 1 : 0;
      }
      assertThat(nulls).as(nullable).isBetween(1L, 199L);
    }
    assertThat(page.json().chars().anyMatch(c -> c > 127)).isTrue();
  }

  @Test
  void stockGeneratedClientAcceptsThePage() {
    // the stock models validate required properties, types and enum values strictly
    var list =
        ai.cotool
            .bench
            .stock
            .client
            .JSON
            .getGson()
            .fromJson(page.json(), ai.cotool.bench.stock.model.AlertList.class);
    assertThat(list.getAlerts()).hasSize(200);
  }

  @Test
  void sdkAndPojoDecodeTheSameValues() {
    List<Alert> sdk = AlertList.fromJson(page.json()).alerts();
    List<AlertPojo> pojo = new Gson().fromJson(page.json(), AlertListPojo.class).alerts;
    assertThat(sdk).hasSize(pojo.size());
    for (int i = 0; i < sdk.size(); i++) {
      Alert a = sdk.get(i);
      AlertPojo p = pojo.get(i);
      assertThat(a.id()).isEqualTo(p.id);
      assertThat(a.title()).isEqualTo(p.title);
      assertThat(a.description().orElse(null)).isEqualTo(p.description);
      assertThat(a.statusAsString()).isEqualTo(p.status.name().toLowerCase());
      assertThat(a.severity().map(Enum::name).orElse(null))
          .isEqualTo(p.severity == null ? null : p.severity.name());
      assertThat(a.source().nameAsString()).isNotBlank();
      assertThat(a.detection().isPresent()).isEqualTo(p.detection != null);
      assertThat(a.externalUrl().orElse(null)).isEqualTo(p.externalUrl);
      assertThat(a.updatedAtAsString()).isEqualTo(p.updatedAt);
      assertThat(a.triggerSource().map(Enum::name).orElse(null))
          .isEqualTo(p.triggerSource == null ? null : p.triggerSource.name());
      assertThat(a.additionalProperties()).isEmpty();
    }
  }

  @Test
  void detectionExchangeIsValidAndBothClientsSendTheSameBody() {
    JsonObject response = JsonParser.parseString(DetectionData.responseJson()).getAsJsonObject();
    assertThat(spec.validate(response, spec.responseSchema("/api/detections", "post"))).isEmpty();
    JsonElement sdkBody = JsonParser.parseString(Fixtures.createParams().toJson());
    JsonElement pojoBody = JsonParser.parseString(new Gson().toJson(Fixtures.createPojo()));
    assertThat(spec.validate(sdkBody, spec.requestSchema("/api/detections", "post"))).isEmpty();
    assertThat(sdkBody).isEqualTo(pojoBody);
    Detection sdk = Detection.fromJson(DetectionData.responseJson());
    DetectionPojo pojo = new Gson().fromJson(DetectionData.responseJson(), DetectionPojo.class);
    assertThat(sdk.id()).isEqualTo(pojo.id);
    assertThat(sdk.toolNames()).isEqualTo(pojo.toolNames);
  }

  @Test
  void serverPatchesDistinctIdsPerOffsetAndBothClientsPageThroughIt() throws Exception {
    byte[] buffer = new byte[page.length()];
    page.writePage(400, buffer);
    List<Alert> alerts = AlertList.fromJson(new String(buffer, StandardCharsets.UTF_8)).alerts();
    assertThat(alerts.get(0).id()).endsWith(String.format("%012x", 400));
    assertThat(alerts.get(199).id()).endsWith(String.format("%012x", 599));
    assertThat(
            spec.validate(
                JsonParser.parseString(new String(buffer, StandardCharsets.UTF_8)),
                spec.responseSchema("/api/alerts", "get")))
        .isEmpty();

    try (LoopbackServer server = new LoopbackServer(1_000);
        CotoolClient client = Fixtures.sdkClient(server.baseUrl())) {
      Set<String> ids = new HashSet<>();
      for (Alert alert :
          client.alerts().listAutoPaging(AlertListParams.builder().limit(200).build())) {
        ids.add(alert.id());
      }
      assertThat(ids).hasSize(1_000);
      assertThat(server.requests()).isEqualTo(5);

      Fixtures.RawClient raw = new Fixtures.RawClient(server.baseUrl());
      try {
        assertThat(raw.listAlerts(20, 980).alerts).hasSize(20);
        assertThat(raw.createDetection(Fixtures.createPojo()).id)
            .isEqualTo(client.detections().create(Fixtures.createParams()).id());
      } finally {
        raw.close();
      }
    }
  }
}
