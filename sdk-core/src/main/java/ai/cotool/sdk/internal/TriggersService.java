package ai.cotool.sdk.internal;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.internal.Transport.Prepared;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.resources.TriggersResource;
import ai.cotool.sdk.resources.TriggersResourceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The trigger operation, and the four ways of calling it. */
final class TriggersService {
  private TriggersService() {}

  static Prepared<TriggerResult> invoke(TriggerSource source, String triggerId, Object payload) {
    String json = PayloadJson.write(payload, "payload");
    Validate.wellFormedJson("payload", json);
    return prepared(source, triggerId, json);
  }

  static Prepared<TriggerResult> invokeWithJson(
      TriggerSource source, String triggerId, String json) {
    Validate.singleJsonValue("body", json);
    return prepared(source, triggerId, json);
  }

  private static Prepared<TriggerResult> prepared(
      TriggerSource source, String triggerId, String json) {
    String sourceValue = Validate.required("source", Validate.known("source", source)).value();
    String id = Validate.required("triggerId", Validate.uuid("triggerId", triggerId));
    return Prepared.text(
        ApiRequest.post(List.of("api", "trigger", sourceValue, id), json), TriggerResult::fromJson);
  }

  static final class Blocking implements TriggersResource {
    private final Transport transport;

    Blocking(Transport transport) {
      this.transport = transport;
    }

    @Override
    public TriggerResult invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options) {
      return transport.call(TriggersService.invoke(source, triggerId, payload), options);
    }

    @Override
    public TriggerResult invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options) {
      return transport.call(TriggersService.invokeWithJson(source, triggerId, json), options);
    }
  }

  static final class Raw implements TriggersResource.WithRawResponse {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    @Override
    public ApiResponse<TriggerResult> invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options) {
      return transport.callRaw(TriggersService.invoke(source, triggerId, payload), options);
    }

    @Override
    public ApiResponse<TriggerResult> invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options) {
      return transport.callRaw(TriggersService.invokeWithJson(source, triggerId, json), options);
    }
  }

  static final class Async implements TriggersResourceAsync {
    private final Transport transport;

    Async(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<TriggerResult> invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options) {
      return transport.callAsync(TriggersService.invoke(source, triggerId, payload), options);
    }

    @Override
    public CompletableFuture<TriggerResult> invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options) {
      return transport.callAsync(TriggersService.invokeWithJson(source, triggerId, json), options);
    }
  }

  static final class RawAsync implements TriggersResourceAsync.WithRawResponse {
    private final Transport transport;

    RawAsync(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<ApiResponse<TriggerResult>> invoke(
        TriggerSource source, String triggerId, Object payload, RequestOptions options) {
      return transport.callRawAsync(TriggersService.invoke(source, triggerId, payload), options);
    }

    @Override
    public CompletableFuture<ApiResponse<TriggerResult>> invokeWithJson(
        TriggerSource source, String triggerId, String json, RequestOptions options) {
      return transport.callRawAsync(
          TriggersService.invokeWithJson(source, triggerId, json), options);
    }
  }
}
