package ai.cotool.sdk.internal;

import ai.cotool.sdk.RawRequest;
import ai.cotool.sdk.RawResponse;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.internal.Transport.Prepared;
import ai.cotool.sdk.models.ApiModel;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Raw requests ({@link RawRequest}) as {@link ApiRequest}s for the one pipeline, and the reading of
 * a {@link RawResponse}'s body. Not API.
 */
public final class RawCalls {
  private static final String MODELS = "ai.cotool.sdk.models";

  /**
   * Each model's {@code static fromJson(String)}, or {@code null} when the class is no response
   * model.
   */
  private static final ClassValue<Method> FROM_JSON =
      new ClassValue<>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
          if (!type.getPackageName().equals(MODELS) || !ApiModel.class.isAssignableFrom(type)) {
            return null;
          }
          try {
            Method method = type.getMethod("fromJson", String.class);
            return Modifier.isStatic(method.getModifiers())
                    && type.isAssignableFrom(method.getReturnType())
                ? method
                : null;
          } catch (NoSuchMethodException e) {
            return null;
          }
        }
      };

  private RawCalls() {}

  /**
   * The request, ready for the pipeline; the 2xx answer is kept whole, as text, whatever it holds.
   */
  static Prepared<RawResponse> prepare(RawRequest request) {
    Validate.required("request", request);
    PathTemplate template = PathTemplate.parse(request.pathTemplate());
    Set<String> queryNames = new LinkedHashSet<>();
    request.queryParams().forEach(param -> queryNames.add(param.getKey()));
    ApiRequest api =
        new ApiRequest(
            request.method(),
            template.expand(request.pathParams()),
            request.queryParams(),
            queryNames,
            request.jsonBody().orElse(null));
    return new Prepared<>(api, received -> new RawResponse(received.info()));
  }

  /**
   * @return a body value written as JSON, checked to be sendable
   * @throws InvalidParameterException naming where in the value it failed, or for a GET
   */
  public static String writeBody(String method, @Nullable Object value) {
    noBodyOnGet(method);
    String json = PayloadJson.write(value, "body");
    Validate.wellFormedJson("body", json);
    return json;
  }

  /**
   * @return JSON text to send as is, checked to be exactly one JSON value
   * @throws InvalidParameterException ({@code body}) if it is not, or for a GET
   */
  public static String checkBody(String method, String json) {
    noBodyOnGet(method);
    Validate.singleJsonValue("body", json);
    return json;
  }

  private static void noBodyOnGet(String method) {
    if (method.equals("GET")) {
      throw new InvalidParameterException("body", "a GET request has no body; use queryParam(...)");
    }
  }

  /**
   * The body as plain Java values (maps, lists, strings, numbers, booleans, {@code null}).
   *
   * @throws CotoolInvalidDataException keeping the response, if the body is empty or not one JSON
   *     value
   */
  public static @Nullable Object plainJson(HttpResponseInfo response) {
    String body = nonEmpty(response);
    try {
      JsonReader reader = new JsonReader(new StringReader(body));
      StrictJson.strict(reader);
      Object value = Json.gson().getAdapter(Object.class).read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IOException("content after the JSON value");
      }
      return Models.plain(value);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw unreadable("Response body is not one JSON value (" + describe(e) + ")", e, response);
    }
  }

  /**
   * The body as one of the SDK's response models, read by its own {@code fromJson}.
   *
   * @throws InvalidParameterException ({@code model}) if the class is not such a model
   * @throws CotoolInvalidDataException keeping the response, if the body is empty or not that
   *     model's JSON
   */
  public static <T extends ApiModel> T model(HttpResponseInfo response, Class<T> model) {
    Validate.required("model", model);
    Method fromJson = FROM_JSON.get(model);
    if (fromJson == null) {
      throw new InvalidParameterException(
          "model",
          model.getName()
              + " is not a response model of the SDK (one of "
              + MODELS
              + " with a fromJson(String) method, such as Detection)");
    }
    String body = nonEmpty(response);
    try {
      return model.cast(fromJson.invoke(null, body));
    } catch (InvocationTargetException e) {
      Throwable failure = e.getCause();
      if (failure instanceof CotoolInvalidDataException) {
        String message =
            Objects.requireNonNull(
                failure.getMessage(), "the SDK's CotoolInvalidDataException has a message");
        throw unreadable(message, failure.getCause(), response);
      }
      if (failure instanceof RuntimeException || failure instanceof StackOverflowError) {
        throw unreadable(
            "Response body is not a valid "
                + model.getSimpleName()
                + " ("
                + describe(failure)
                + ")",
            failure,
            response);
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw new IllegalStateException(failure); // fromJson declares no checked exception
    } catch (IllegalAccessException e) { // a public static method of the SDK's own exported package
      throw new IllegalStateException(e);
    }
  }

  private static String nonEmpty(HttpResponseInfo response) {
    if (response.body().isEmpty()) {
      throw new CotoolInvalidDataException(
          "Response body is empty (HTTP " + response.statusCode() + ")", null, response);
    }
    return response.body();
  }

  /**
   * The message and cause quote only the body kept in the response, whose key was blanked out
   * already.
   */
  private static CotoolInvalidDataException unreadable(
      String message, @Nullable Throwable cause, HttpResponseInfo response) {
    String text = Secrets.redact(message);
    return new CotoolInvalidDataException(
        text.length() <= 500 ? text : text.substring(0, 500) + "…", cause, response);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
