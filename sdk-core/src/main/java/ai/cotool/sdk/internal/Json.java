package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.generated.client.JSON;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * The one Gson of the SDK: the generated layer's, whose model adapters (template overrides in
 * sdk-generated) read in one streaming pass and keep unknown properties and enum values. Turns
 * every parser failure into {@link CotoolInvalidDataException}. Not API.
 */
public final class Json {
  private static final Gson GSON = JSON.getGson();
  private static final Gson WITH_NULLS = GSON.newBuilder().serializeNulls().create();

  private Json() {}

  public static Gson gson() {
    return GSON;
  }

  /** Reads one JSON document of the given generated type; trailing content is an error. */
  public static <T> T decode(String json, Class<T> type) {
    return decode(new StringReader(json), type);
  }

  public static <T> T decode(Reader reader, Class<T> type) {
    try {
      JsonReader in = GSON.newJsonReader(reader);
      T value = GSON.getAdapter(type).read(in);
      if (value == null) {
        throw new CotoolInvalidDataException(
            "Expected a JSON object for " + type.getSimpleName() + " but got null", null);
      }
      if (in.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
        throw new CotoolInvalidDataException("Unexpected content after the JSON document", null);
      }
      return value;
    } catch (JsonParseException
        | IllegalStateException
        | IllegalArgumentException
        | IOException e) {
      throw new CotoolInvalidDataException(
          "Response is not a valid " + type.getSimpleName() + ": " + describe(e), e);
    }
  }

  /** Reads any JSON value as a tree (for unions, which are told apart before binding). */
  public static JsonElement parse(String json) {
    return decode(json, JsonElement.class);
  }

  /** Binds an already parsed tree to a generated type. */
  public static <T> T bind(JsonElement tree, Class<T> type) {
    try {
      return GSON.getAdapter(type).fromJsonTree(tree);
    } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
      throw new CotoolInvalidDataException(
          "Response is not a valid " + type.getSimpleName() + ": " + describe(e), e);
    }
  }

  /**
   * A nested object of another shape of the same public type (decoded as its own generated class)
   * read as the public type's generated class, through its JSON; {@code null} stays {@code null}.
   */
  public static <T> T rewire(Object generated, Class<T> type) {
    if (generated == null || type.isInstance(generated)) {
      return type.cast(generated);
    }
    return bind(Json.parse(encodeModel(generated)), type);
  }

  /**
   * A top-level JSON array, each item decoded from its text; {@code null} items are dropped.
   * Unmodifiable.
   */
  public static <T> java.util.List<T> decodeArray(
      Reader reader, java.util.function.Function<String, T> item) {
    JsonElement tree = decode(reader, JsonElement.class);
    if (!tree.isJsonArray()) {
      throw new CotoolInvalidDataException("Response is not a JSON array", null);
    }
    java.util.List<T> out = new java.util.ArrayList<>();
    for (JsonElement element : tree.getAsJsonArray()) {
      if (!element.isJsonNull()) {
        out.add(item.apply(GSON.toJson(element)));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  public static String encode(Object value) {
    return GSON.toJson(value);
  }

  /**
   * A generated model as the API's JSON: like {@link #encode(Object)}, with the properties the
   * response had as {@code null} written as {@code null} (at any depth) instead of left out.
   */
  public static String encodeModel(Object generated) {
    return ModelJson.write(generated);
  }

  /**
   * Like {@link #encode(Object)}, writing {@code null} values of maps as {@code null} instead of
   * leaving them out.
   */
  public static String encodeWithNulls(Object value) {
    return WITH_NULLS.toJson(value);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getMessage(); // cut by whoever shows it
  }
}
