package ai.cotool.bench;

import ai.cotool.bench.data.DetectionData;
import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.pojo.AlertPojo;
import ai.cotool.bench.pojo.CreateDetectionRequestPojo;
import ai.cotool.bench.pojo.DetectionPojo;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertDetection;
import ai.cotool.sdk.models.AlertSource;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import com.google.gson.Gson;
import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the benchmarks share: the two clients (SDK and raw OkHttp + Gson), the create request, field
 * readers.
 */
public final class Fixtures {
  public static final String API_KEY = "cotool_bench_0123456789abcdef";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private Fixtures() {}

  /** The SDK as a user would build it: defaults, loopback base URL. */
  public static CotoolClient sdkClient(String baseUrl) {
    return CotoolClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
  }

  /** The create request through the SDK's builder (validated once, like a user who reuses it). */
  public static CreateDetectionParams createParams() {
    return CreateDetectionParams.builder()
        .name(DetectionData.NAME)
        .description(DetectionData.DESCRIPTION)
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
        .systemPrompt(DetectionData.SYSTEM_PROMPT)
        .detectionQuery(DetectionData.QUERY)
        .siemType(DetectionData.SIEM)
        .toolNames(DetectionData.TOOL_NAMES)
        .detectionCadence(DetectionCadence.HOURLY)
        .build();
  }

  /** The same request as a hand-written POJO. */
  public static CreateDetectionRequestPojo createPojo() {
    CreateDetectionRequestPojo p = new CreateDetectionRequestPojo();
    p.name = DetectionData.NAME;
    p.description = DetectionData.DESCRIPTION;
    p.detectionCategory = CreateDetectionRequestPojo.Category.PRIVILEGE_ESCALATION;
    p.systemPrompt = DetectionData.SYSTEM_PROMPT;
    p.detectionQuery = DetectionData.QUERY;
    p.siemType = DetectionData.SIEM;
    p.toolNames = DetectionData.TOOL_NAMES;
    p.detectionCadence = CreateDetectionRequestPojo.Cadence.HOURLY;
    return p;
  }

  /**
   * The raw baseline: what a developer writes without the SDK. One OkHttpClient (defaults), one
   * Gson, a request built per call with the same headers the SDK sends, the body bound straight
   * from the response stream.
   */
  public static final class RawClient {
    private final OkHttpClient http = new OkHttpClient();
    private final Gson gson = new Gson();
    private final HttpUrl base;

    public RawClient(String baseUrl) {
      this.base = HttpUrl.get(baseUrl);
    }

    public AlertListPojo listAlerts(int limit, long offset) throws IOException {
      try (Response response = http.newCall(listRequest(limit, offset)).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        return gson.fromJson(response.body().charStream(), AlertListPojo.class);
      }
    }

    /**
     * Diagnostic: like {@link #listAlerts(int, long)}, but reads the whole body into a {@code
     * String} first and binds from that, as the SDK's pipeline did before it decoded success bodies
     * from the bytes received: isolates what materializing the body costs.
     */
    public AlertListPojo listAlertsViaString(int limit, long offset) throws IOException {
      try (Response response = http.newCall(listRequest(limit, offset)).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        return gson.fromJson(response.body().string(), AlertListPojo.class);
      }
    }

    private Request listRequest(int limit, long offset) {
      HttpUrl url =
          base.newBuilder()
              .addPathSegments("api/alerts")
              .addQueryParameter("limit", Integer.toString(limit))
              .addQueryParameter("offset", Long.toString(offset))
              .build();
      return new Request.Builder()
          .url(url)
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + API_KEY)
          .build();
    }

    public DetectionPojo createDetection(CreateDetectionRequestPojo body) throws IOException {
      HttpUrl url = base.newBuilder().addPathSegments("api/detections").build();
      Request request =
          new Request.Builder()
              .url(url)
              .header("Accept", "application/json")
              .header("Authorization", "Bearer " + API_KEY)
              .post(RequestBody.create(gson.toJson(body), JSON))
              .build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        return gson.fromJson(response.body().charStream(), DetectionPojo.class);
      }
    }

    public void close() {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * Reads every property of an SDK alert through its public getters: typed enums, {@code
   * Optional}s, the nested source and detection. Timestamps are read as sent ({@code
   * ...AsString()}), as the POJO holds them: parsing to {@code Instant} would be the same extra
   * work on both sides.
   */
  public static void readAll(Alert a, Blackhole bh) {
    bh.consume(a.id());
    bh.consume(a.displayId());
    bh.consume(a.organizationId());
    bh.consume(a.organizationName());
    bh.consume(a.title());
    bh.consume(a.description());
    bh.consume(a.severity());
    bh.consume(a.status());
    AlertSource s = a.source();
    bh.consume(s.category());
    bh.consume(s.name());
    bh.consume(s.triggerType());
    Optional<AlertDetection> detection = a.detection();
    if (detection.isPresent()) {
      AlertDetection d = detection.get();
      bh.consume(d.id());
      bh.consume(d.agentId());
      bh.consume(d.name());
      bh.consume(d.kind());
    }
    bh.consume(a.createdBy());
    bh.consume(a.originAgentId());
    bh.consume(a.originTriggerId());
    bh.consume(a.originRunId());
    bh.consume(a.originDetectionHitId());
    bh.consume(a.externalProvider());
    bh.consume(a.externalRef());
    bh.consume(a.externalUrl());
    bh.consume(a.assignedAgentId());
    bh.consume(a.triageRunId());
    bh.consume(a.dedupeKey());
    bh.consume(a.createdAtAsString());
    bh.consume(a.updatedAtAsString());
    bh.consume(a.firstTriagedAtAsString());
    bh.consume(a.resolvedAtAsString());
    bh.consume(a.derivedDisposition());
    bh.consume(a.originAgentName());
    bh.consume(a.assignedAgentName());
    bh.consume(a.triggerSource());
  }

  /**
   * Reads every field of a POJO alert (the same properties as {@link #readAll(Alert, Blackhole)}).
   */
  public static void readAll(AlertPojo a, Blackhole bh) {
    bh.consume(a.id);
    bh.consume(a.displayId);
    bh.consume(a.organizationId);
    bh.consume(a.organizationName);
    bh.consume(a.title);
    bh.consume(a.description);
    bh.consume(a.severity);
    bh.consume(a.status);
    AlertPojo.Source s = a.source;
    bh.consume(s.category);
    bh.consume(s.name);
    bh.consume(s.triggerType);
    AlertPojo.Detection d = a.detection;
    if (d != null) {
      bh.consume(d.id);
      bh.consume(d.agentId);
      bh.consume(d.name);
      bh.consume(d.kind);
    }
    bh.consume(a.createdBy);
    bh.consume(a.originAgentId);
    bh.consume(a.originTriggerId);
    bh.consume(a.originRunId);
    bh.consume(a.originDetectionHitId);
    bh.consume(a.externalProvider);
    bh.consume(a.externalRef);
    bh.consume(a.externalUrl);
    bh.consume(a.assignedAgentId);
    bh.consume(a.triageRunId);
    bh.consume(a.dedupeKey);
    bh.consume(a.createdAt);
    bh.consume(a.updatedAt);
    bh.consume(a.firstTriagedAt);
    bh.consume(a.resolvedAt);
    bh.consume(a.derivedDisposition);
    bh.consume(a.originAgentName);
    bh.consume(a.assignedAgentName);
    bh.consume(a.triggerSource);
  }
}
