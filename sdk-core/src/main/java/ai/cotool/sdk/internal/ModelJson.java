package ai.cotool.sdk.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import jakarta.annotation.Nullable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated model as the API's JSON ({@code toJson()} of the response models). The generated
 * writers leave out declared properties that are {@code null}; this puts back those the response
 * had as {@code null} (the models record which were present), at any depth, so the text reads back
 * to an equal model that tells {@code null} from absent the same way. Declared properties come in
 * declaration order, then the unknown ones in the order received. Not API.
 */
final class ModelJson {
  private static final Gson WITH_NULLS = Json.gson().newBuilder().serializeNulls().create();

  /**
   * What a generated model class offers: its declared properties, presence and unknown properties.
   */
  private static final class Shape {
    final List<Field> fields = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final Method present;
    final @Nullable Method extras;

    Shape(Method present, @Nullable Method extras) {
      this.present = present;
      this.extras = extras;
    }
  }

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected @Nullable Shape computeValue(Class<?> type) {
          Method present;
          try {
            present = type.getMethod("isPropertyPresent", String.class);
          } catch (NoSuchMethodException e) {
            return null; // not a generated model
          }
          Method extras;
          try {
            extras = type.getMethod("getAdditionalProperties");
          } catch (NoSuchMethodException e) {
            extras = null;
          }
          Shape shape = new Shape(present, extras);
          for (Field field : type.getDeclaredFields()) {
            SerializedName name = field.getAnnotation(SerializedName.class);
            if (name != null && !Modifier.isStatic(field.getModifiers())) {
              field.setAccessible(true); // the SDK's own generated classes
              shape.fields.add(field);
              shape.names.add(name.value());
            }
          }
          return shape;
        }
      };

  private ModelJson() {}

  static String write(Object generated) {
    return WITH_NULLS.toJson(withPresentNulls(Json.gson().toJsonTree(generated), generated));
  }

  private static @Nullable JsonElement withPresentNulls(
      @Nullable JsonElement tree, @Nullable Object value) {
    if (value == null || tree == null) {
      return tree;
    }
    if (value instanceof List && tree.isJsonArray()) {
      List<?> list = (List<?>) value;
      JsonArray in = tree.getAsJsonArray();
      JsonArray out = new JsonArray(in.size());
      for (int i = 0; i < in.size(); i++) {
        out.add(i < list.size() ? withPresentNulls(in.get(i), list.get(i)) : in.get(i));
      }
      return out;
    }
    Shape shape = SHAPES.get(value.getClass());
    if (shape == null || !tree.isJsonObject()) {
      return tree;
    }
    try {
      JsonObject in = tree.getAsJsonObject();
      Map<?, ?> extras = shape.extras == null ? null : (Map<?, ?>) shape.extras.invoke(value);
      JsonObject out = new JsonObject();
      for (int i = 0; i < shape.fields.size(); i++) {
        String name = shape.names.get(i);
        Object fieldValue = shape.fields.get(i).get(value);
        if (extras != null && extras.containsKey(name)) {
          continue; // written from the unknown properties, which replace a declared one of the same
          // name
        }
        if (in.has(name)) {
          out.add(name, withPresentNulls(in.get(name), fieldValue));
        } else if (fieldValue == null && (Boolean) shape.present.invoke(value, name)) {
          out.add(name, JsonNull.INSTANCE);
        }
      }
      for (Map.Entry<String, JsonElement> entry : in.entrySet()) {
        if (!out.has(entry.getKey())) {
          out.add(entry.getKey(), entry.getValue());
        }
      }
      return out;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read generated model " + value.getClass().getName(), e);
    }
  }
}
