package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AsyncAutoPager;
import ai.cotool.sdk.paging.AutoPager;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.AlertsResourceAsync;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.DetectionsResourceAsync;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.OutputDestinationsResourceAsync;
import ai.cotool.sdk.resources.TriggersResource;
import ai.cotool.sdk.resources.TriggersResourceAsync;
import ai.cotool.sdk.testsupport.Operation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A hand-written fake of {@link CotoolClient} needs only the resources and {@code close()}: {@code
 * async()} and {@code withRawResponse()} are default methods, which a fake may override when the
 * code under test uses them.
 */
class FakeClientTest {

  /** The smallest fake a user writes: nothing but the resources and close. */
  static class MinimalFakeClient implements CotoolClient {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public DetectionsResource detections() {
      return new Unsupported.Detections() {
        @Override
        public Detection create(CreateDetectionParams params, RequestOptions options) {
          calls.add("create " + params.name());
          return Detection.fromJson(
              "{\"id\":\"" + Operation.DETECTION_ID + "\",\"name\":\"" + params.name() + "\"}");
        }

        @Override
        public Detection accept(String detectionId, RequestOptions options) {
          calls.add("accept " + detectionId);
          return Detection.fromJson("{\"id\":\"" + detectionId + "\"}");
        }
      };
    }

    @Override
    public OutputDestinationsResource outputDestinations() {
      return (params, options) -> {
        throw new UnsupportedOperationException("not used by this test");
      };
    }

    @Override
    public ai.cotool.sdk.resources.AgentsResource agents() {

      return null; // not used by this test
    }

    @Override
    public TriggersResource triggers() {
      return new TriggersResource() {
        @Override
        public TriggerResult invoke(
            TriggerSource source, String triggerId, Object payload, RequestOptions options) {
          return new TriggerResult.Started("exec-1");
        }

        @Override
        public TriggerResult invokeWithJson(
            TriggerSource source, String triggerId, String json, RequestOptions options) {
          return new TriggerResult.Started("exec-2");
        }
      };
    }

    @Override
    public AlertsResource alerts() {
      return new Unsupported.Alerts() {
        @Override
        public AlertPage list(AlertListParams params, RequestOptions options) {
          return new AlertPage(List.of(), 0, params);
        }

        @Override
        public AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
          return AutoPager.of(params, page -> list(page, options));
        }
      };
    }

    @Override
    public void close() {}
  }

  /** Code under test that uses only the blocking API. */
  static String createAndAccept(CotoolClient client) {
    Detection created = client.detections().create(Operation.detection());
    return client.detections().accept(created.id()).id();
  }

  @Test
  void aFakeImplementingOnlyTheResourcesAndClose_compilesAndServesTheBlockingApi() {
    MinimalFakeClient fake = new MinimalFakeClient();

    assertThat(createAndAccept(fake)).isEqualTo(Operation.DETECTION_ID);
    assertThat(fake.calls)
        .containsExactly(
            "create Privilege escalation via sudoers change", "accept " + Operation.DETECTION_ID);
    assertThat(fake.triggers().invoke(TriggerSource.WEBHOOK, Operation.TRIGGER_ID, null))
        .isEqualTo(new TriggerResult.Started("exec-1"));
  }

  @Test
  void aFakesAsyncAndWithRawResponse_throwUnsupportedOperationException_namingTheFake() {
    MinimalFakeClient fake = new MinimalFakeClient();

    assertThatThrownBy(fake::async)
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("async()")
        .hasMessageContaining(MinimalFakeClient.class.getName());
    assertThatThrownBy(fake::withRawResponse)
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("withRawResponse()")
        .hasMessageContaining(MinimalFakeClient.class.getName());
  }

  /** Code under test that uses the async API. */
  static CompletableFuture<String> createAndAcceptAsync(CotoolClient client) {
    return client
        .async()
        .detections()
        .create(Operation.detection())
        .thenCompose(created -> client.async().detections().accept(created.id()))
        .thenApply(Detection::id);
  }

  @Test
  void aFakeCanOfferAsyncToo_byOverridingTheDefault_withCompletedFutures() {
    MinimalFakeClient blocking = new MinimalFakeClient();
    CotoolClient fake =
        new MinimalFakeClient() {
          @Override
          public CotoolClientAsync async() {
            return new CotoolClientAsync() {
              @Override
              public DetectionsResourceAsync detections() {
                return new Unsupported.DetectionsAsync() {
                  @Override
                  public CompletableFuture<Detection> create(
                      CreateDetectionParams params, RequestOptions options) {
                    return CompletableFuture.completedFuture(
                        blocking.detections().create(params, options));
                  }

                  @Override
                  public CompletableFuture<Detection> accept(
                      String detectionId, RequestOptions options) {
                    return CompletableFuture.completedFuture(
                        blocking.detections().accept(detectionId, options));
                  }
                };
              }

              @Override
              public OutputDestinationsResourceAsync outputDestinations() {
                return (params, options) ->
                    CompletableFuture.failedFuture(new UnsupportedOperationException());
              }

              @Override
              public ai.cotool.sdk.resources.AgentsResourceAsync agents() {

                return null; // not used by this test
              }

              @Override
              public TriggersResourceAsync triggers() {
                throw new UnsupportedOperationException();
              }

              @Override
              public AlertsResourceAsync alerts() {
                return new Unsupported.AlertsAsync() {
                  @Override
                  public CompletableFuture<AlertPage> list(
                      AlertListParams params, RequestOptions options) {
                    return CompletableFuture.completedFuture(new AlertPage(List.of(), 0, params));
                  }

                  @Override
                  public AsyncAutoPager<Alert> listAutoPaging(
                      AlertListParams params, RequestOptions options) {
                    return AsyncAutoPager.of(params, page -> list(page, options));
                  }
                };
              }

              @Override
              public WithRawResponse withRawResponse() {
                throw new UnsupportedOperationException();
              }
            };
          }
        };

    assertThat(createAndAcceptAsync(fake).join()).isEqualTo(Operation.DETECTION_ID);
    assertThat(fake.async().outputDestinations().create(Operation.slack()))
        .isCompletedExceptionally();
    List<String> ids = new CopyOnWriteArrayList<>();
    assertThat(
            fake.async()
                .alerts()
                .listAutoPaging(AlertListParams.builder().build())
                .forEach(a -> ids.add(a.id())))
        .isCompleted();
    assertThat(ids).isEmpty();
  }
}
