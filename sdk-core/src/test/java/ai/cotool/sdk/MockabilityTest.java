package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.ConflictException;
import ai.cotool.sdk.errors.CotoolException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.errors.UnprocessableEntityException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AutoPager;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.TriggersResource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A user can test code that uses the SDK with plain Java: implement {@link CotoolClient} and its
 * resources with anonymous classes or lambdas, build results from JSON, and construct and throw
 * every exception. No Mockito, no network.
 */
class MockabilityTest {

  /**
   * Code under test, as a user would write it: create a detection, accept it, and report where it
   * ended up.
   */
  static String createAndAccept(CotoolClient client, String name) {
    try {
      Detection created =
          client
              .detections()
              .create(
                  CreateDetectionParams.builder()
                      .name(name)
                      .detectionCategory(DetectionCategory.CUSTOM)
                      .systemPrompt("p")
                      .detectionQuery("q")
                      .build());
      Detection accepted = client.detections().accept(created.id());
      return "accepted " + accepted.id();
    } catch (PermissionDeniedException e) {
      return "missing " + String.join(",", e.missingPerms());
    } catch (CotoolServiceException e) {
      return "failed with " + e.statusCode();
    }
  }

  /** A fake detections resource: anonymous class, recording its calls. */
  static final class FakeDetections extends Unsupported.Detections {
    final List<String> calls = new ArrayList<>();
    RuntimeException failAccept;

    @Override
    public Detection create(CreateDetectionParams params, RequestOptions options) {
      calls.add("create " + params.name());
      return Detection.fromJson(
          "{\"id\":\"bba60bbb-cfcd-484b-b936-d253779243a8\",\"name\":\"" + params.name() + "\"}");
    }

    @Override
    public Detection accept(String detectionId, RequestOptions options) {
      calls.add("accept " + detectionId);
      if (failAccept != null) {
        throw failAccept;
      }
      return Detection.fromJson("{\"id\":\"" + detectionId + "\",\"isSuggestion\":false}");
    }
  }

  static CotoolClient clientWith(
      DetectionsResource detections,
      OutputDestinationsResource destinations,
      TriggersResource triggers,
      AlertsResource alerts) {
    return new CotoolClient() {
      @Override
      public DetectionsResource detections() {
        return detections;
      }

      @Override
      public OutputDestinationsResource outputDestinations() {
        return destinations;
      }

      @Override
      public ai.cotool.sdk.resources.AgentsResource agents() {

        return null; // not used by this test
      }

      @Override
      public TriggersResource triggers() {
        return triggers;
      }

      @Override
      public AlertsResource alerts() {
        return alerts;
      }

      @Override
      public void close() {}
    };
  }

  static HttpResponseInfo response(int status, String body) {
    return new HttpResponseInfo(
        status,
        Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of("req_1")),
        body);
  }

  @Test
  void aHandWrittenFakeClient_drivesUserCode_throughTheConvenienceOverloads() {
    FakeDetections detections = new FakeDetections();
    CotoolClient client = clientWith(detections, null, null, null);

    assertThat(createAndAccept(client, "Sudoers change"))
        .isEqualTo("accepted bba60bbb-cfcd-484b-b936-d253779243a8");
    // the one-argument overloads are defaults that delegate to the methods the fake implements
    assertThat(detections.calls)
        .containsExactly("create Sudoers change", "accept bba60bbb-cfcd-484b-b936-d253779243a8");
  }

  @Test
  void aFakeCanThrowTheSdksExceptions_builtFromAResponse() {
    FakeDetections detections = new FakeDetections();
    CotoolClient client = clientWith(detections, null, null, null);

    detections.failAccept =
        new PermissionDeniedException(
            response(403, "{\"error\":\"Forbidden\",\"missingPerms\":[\"detections:write\"]}"));
    assertThat(createAndAccept(client, "x")).isEqualTo("missing detections:write");

    detections.failAccept =
        new NotFoundException(response(404, "{\"error\":\"Detection not found\"}"));
    assertThat(createAndAccept(client, "x")).isEqualTo("failed with 404");
  }

  @Test
  void outputDestinationsResource_isAFunctionalInterface_soALambdaFakesIt() {
    OutputDestinationsResource destinations =
        (params, options) ->
            OutputDestination.fromJson(
                "{\"id\":\"d1\",\"organizationId\":\"o1\",\"name\":\""
                    + params.name()
                    + "\",\"createdAt\":\"c\","
                    + "\"updatedAt\":\"u\",\"type\":\""
                    + params.type()
                    + "\",\"config\":{\"channelIds\":[\"C1\"]}}");
    CotoolClient client = clientWith(null, destinations, null, null);

    OutputDestination created =
        client
            .outputDestinations()
            .create(OutputDestinationParams.slack().name("SOC").channelIds("C1").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Slack.class,
            slack -> {
              assertThat(slack.name()).isEqualTo("SOC");
              assertThat(slack.config().channelIds()).containsExactly("C1");
            });
  }

  @Test
  void triggersResource_canBeFakedWithEveryResultVariant() {
    TriggersResource triggers =
        new TriggersResource() {
          @Override
          public TriggerResult invoke(
              TriggerSource source, String triggerId, Object payload, RequestOptions options) {
            return switch (source) {
              case JIRA -> new TriggerResult.Started("exec-1");
              case SLACK -> new TriggerResult.Skipped("filtered", "message");
              default -> new TriggerResult.Failed("disabled");
            };
          }

          @Override
          public TriggerResult invokeWithJson(
              TriggerSource source, String triggerId, String json, RequestOptions options) {
            return TriggerResult.fromJson(json);
          }
        };
    CotoolClient client = clientWith(null, null, triggers, null);

    assertThat(client.triggers().invoke(TriggerSource.JIRA, "t", Map.of()))
        .isInstanceOf(TriggerResult.Started.class);
    assertThat(client.triggers().invoke(TriggerSource.SLACK, "t", Map.of()))
        .isInstanceOf(TriggerResult.Skipped.class);
    assertThat(client.triggers().invoke(TriggerSource.LINEAR, "t", Map.of()))
        .isInstanceOf(TriggerResult.Failed.class);
    assertThat(client.triggers().invokeWithJson(TriggerSource.JIRA, "t", "{\"error\":\"boom\"}"))
        .isInstanceOfSatisfying(
            TriggerResult.Failed.class, f -> assertThat(f.error()).isEqualTo("boom"));
  }

  @Test
  void alertsResource_canBeFaked_withRealPagesAndARealAutoPager() {
    List<Alert> all =
        IntStream.range(0, 25)
            .mapToObj(
                n ->
                    Alert.fromJson(
                        "{\"id\":\"a"
                            + n
                            + "\",\"displayId\":\"COT-"
                            + n
                            + "\",\"title\":\"t\",\"status\":\"open\"}"))
            .collect(Collectors.toList());
    List<Long> offsets = new ArrayList<>();
    Function<AlertListParams, AlertPage> fetch =
        p -> {
          offsets.add(p.offset());
          int from = (int) Math.min(p.offset(), all.size());
          return new AlertPage(
              all.subList(from, Math.min(all.size(), from + p.limit())), all.size(), p);
        };
    AlertsResource alerts =
        new Unsupported.Alerts() {
          @Override
          public AlertPage list(AlertListParams params, RequestOptions options) {
            return fetch.apply(params);
          }

          @Override
          public AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
            return AutoPager.of(params, fetch);
          }
        };
    CotoolClient client = clientWith(null, null, null, alerts);

    List<String> ids =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(10).build()).stream()
            .map(Alert::displayId)
            .collect(Collectors.toList());

    assertThat(ids).hasSize(25).startsWith("COT-0").endsWith("COT-24");
    assertThat(offsets).containsExactly(0L, 10L, 20L);
    assertThat(client.alerts().list(AlertListParams.builder().limit(5).build()).hasNextPage())
        .isTrue();
  }

  @Test
  void everyStatusException_canBeConstructedFromAnHttpResponseInfo() {
    List<CotoolServiceException> all =
        List.of(
            new BadRequestException(
                response(
                    400,
                    "{\"error\":\"Invalid\",\"issues\":[{\"path\":[\"name\"],\"message\":\"m\"}]}")),
            new UnauthorizedException(response(401, "{\"error\":\"Unauthorized\"}")),
            new PermissionDeniedException(
                response(403, "{\"error\":\"Forbidden\",\"missingPerms\":[\"a\",\"b\"]}")),
            new NotFoundException(response(404, "")),
            new ConflictException(response(409, "{}")),
            new UnprocessableEntityException(response(422, "{\"error\":\"Unprocessable\"}")),
            new RateLimitException(
                new HttpResponseInfo(429, Map.of("Retry-After", List.of("12")), null)),
            new InternalServerException(response(503, "<html>down</html>")),
            new UnexpectedStatusCodeException(response(418, "teapot")),
            new CotoolServiceException(response(599, "{}")));

    assertThat(all)
        .extracting(CotoolServiceException::statusCode)
        .containsExactly(400, 401, 403, 404, 409, 422, 429, 503, 418, 599);
    assertThat(all)
        .allSatisfy(
            e -> {
              assertThat(e)
                  .isInstanceOf(CotoolException.class)
                  .isInstanceOf(RuntimeException.class);
              assertThat(e.getMessage()).startsWith("HTTP " + e.statusCode());
            });
    assertThat(((BadRequestException) all.get(0)).issues())
        .singleElement()
        .satisfies(
            issue ->
                assertThat(issue)
                    .containsEntry("message", "m")
                    .containsEntry("path", List.of("name")));
    assertThat(all.get(1).errorMessage()).contains("Unauthorized");
    assertThat(((PermissionDeniedException) all.get(2)).missingPerms()).containsExactly("a", "b");
    assertThat(all.get(3).body()).isEmpty();
    assertThat(((RateLimitException) all.get(6)).retryAfter()).contains(Duration.ofSeconds(12));
    assertThat(all.get(6).headers()).containsEntry("retry-after", List.of("12"));
    assertThat(all.get(7).headers()).containsEntry("x-request-id", List.of("req_1"));
    assertThat(all.get(7).errorMessage()).isEmpty();
  }

  @Test
  void theOtherExceptions_haveUsablePublicConstructorsToo() {
    IOException cause = new IOException("connection reset");
    CotoolIoException io = new CotoolIoException("GET /api/alerts failed", cause);
    CotoolTimeoutException timeout =
        new CotoolTimeoutException("GET /api/alerts timed out after PT2M", null);
    CotoolInvalidDataException bare = new CotoolInvalidDataException("not JSON", null);
    CotoolInvalidDataException withResponse =
        new CotoolInvalidDataException("not JSON", null, response(200, "OK"));
    InvalidParameterException invalid =
        new InvalidParameterException("limit", "must be between 1 and 200, was 0");
    PaginationException paging = new PaginationException("the server is not paging", 400);

    assertThat(io).hasCause(cause).isInstanceOf(CotoolException.class);
    assertThat(timeout).isInstanceOf(CotoolIoException.class);
    assertThat(bare.response()).isEmpty();
    assertThat(bare.statusCode()).isZero();
    assertThat(withResponse.statusCode()).isEqualTo(200);
    assertThat(withResponse.body()).isEqualTo("OK");
    assertThat(invalid.field()).isEqualTo("limit");
    assertThat(invalid).isInstanceOf(IllegalArgumentException.class);
    assertThat(paging.offset()).isEqualTo(400);
    assertThat(new CotoolException("x")).hasMessage("x");
  }

  @Test
  void aFakeThrowingIoFailures_isCaughtAsCotoolException() {
    FakeDetections detections = new FakeDetections();
    detections.failAccept = new CotoolTimeoutException("timed out", null);
    CotoolClient client = clientWith(detections, null, null, null);

    assertThatThrownBy(() -> createAndAccept(client, "x")).isInstanceOf(CotoolIoException.class);
  }

  @Test
  void httpResponseInfo_copiesAndLowerCasesHeaders() {
    Map<String, List<String>> headers = new java.util.HashMap<>();
    headers.put("Retry-After", new ArrayList<>(List.of("3")));
    HttpResponseInfo info = new HttpResponseInfo(429, headers, "{}");
    headers.get("Retry-After").add("4");

    assertThat(info.headers()).containsExactly(Map.entry("retry-after", List.of("3")));
    assertThat(info.header("RETRY-AFTER")).contains("3");
    assertThatThrownBy(() -> info.headers().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
