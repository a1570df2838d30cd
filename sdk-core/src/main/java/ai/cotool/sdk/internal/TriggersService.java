package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.resources.TriggersResource;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;

final class TriggersService implements TriggersResource {
  /** The payload is the caller's value as is: a null inside a map or object is sent as null, not dropped. */
  private static final Gson PAYLOAD_GSON = Json.gson().newBuilder().serializeNulls().create();

  private final HttpPipeline pipeline;

  TriggersService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public TriggerResult invoke(TriggerSource source, String triggerId, Object payload, RequestOptions options) {
    String json;
    try {
      json = PAYLOAD_GSON.toJson(payload);
    } catch (RuntimeException e) {
      throw new InvalidParameterException("payload", "cannot be serialized as JSON: " + e.getMessage());
    }
    return send(source, triggerId, json, options);
  }

  @Override
  public TriggerResult invokeWithJson(TriggerSource source, String triggerId, String json, RequestOptions options) {
    Validate.required("body", json);
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      Json.gson().getAdapter(JsonElement.class).read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IOException("trailing content");
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidParameterException("body", "is not a single valid JSON value");
    }
    return send(source, triggerId, json, options);
  }

  private TriggerResult send(TriggerSource source, String triggerId, String json, RequestOptions options) {
    String sourceValue = Validate.known("source", Validate.required("source", source)).value();
    String id = Validate.uuid("triggerId", Validate.required("triggerId", triggerId));
    ApiRequest request = ApiRequest.post(List.of("api", "trigger", sourceValue, id), json);
    return pipeline.execute(request, Objects.requireNonNull(options, "options"), r -> TriggerResult.fromJson(r.body()));
  }
}
