package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.ApiEnum;
import ai.cotool.sdk.models.ApiModel;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a trigger payload, an ordinary Java value, as JSON; refuses what has no obvious JSON form
 * before anything is sent. Not API.
 *
 * <ul>
 *   <li>{@code null}, strings, characters, booleans and the JDK's numbers (finite) as themselves;
 *   <li>{@link Map}s with string (or enum, or UUID) keys as objects; {@link Iterable}s and arrays
 *       as arrays; records as objects of their components;
 *   <li>{@code java.time} values in ISO-8601 ({@code Instant}, {@code OffsetDateTime}, {@code
 *       ZonedDateTime} with its offset, {@code LocalDate}, {@code Duration}, ...), {@link Date} as
 *       its instant;
 *   <li>{@link Optional} (and its primitive forms) as its value or {@code null};
 *   <li>the SDK's enumerations as their wire value, other enums by name, {@link UUID} and {@link
 *       URI} as text;
 *   <li>the SDK's models ({@link ApiModel}) as their API JSON; Gson trees ({@link JsonElement}) as
 *       they are.
 * </ul>
 *
 * <p>Anything else (a plain object, whose fields are no JSON contract) is refused with an {@link
 * InvalidParameterException} ({@code field()} is the parameter; the message says where in the
 * payload, as in {@code payload.alert.file}), as is a cycle.
 */
public final class PayloadJson {
  private static final int MAX_DEPTH = 256;

  private final Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());
  private final JsonWriter out;

  private PayloadJson(JsonWriter out) {
    this.out = out;
  }

  /**
   * @param payload the value
   * @param field the parameter's name, for errors ({@code payload})
   * @return the JSON text
   * @throws InvalidParameterException if a part of the value has no JSON form here
   */
  public static String write(@Nullable Object payload, String field) {
    StringWriter text = new StringWriter();
    JsonWriter writer = new JsonWriter(text);
    writer.setSerializeNulls(true);
    writer.setHtmlSafe(false);
    try {
      new PayloadJson(writer).value(payload, field, 0);
      writer.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    } catch (InvalidParameterException e) {
      throw e;
    } catch (RuntimeException
        | StackOverflowError e) { // the caller's own collections or accessors failed
      throw refuse(field, "could not be read: " + e);
    }
    return text.toString();
  }

  // a payload may hold a java.util.Date (or java.sql's): written as ISO-8601, as java.time values
  // are
  @SuppressWarnings("JavaUtilDate")
  private void value(@Nullable Object value, String where, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw refuse(where, "is nested more than " + MAX_DEPTH + " levels deep");
    }
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String || value instanceof Character) {
      out.value(value.toString());
    } else if (value instanceof Boolean) {
      out.value((Boolean) value);
    } else if (value instanceof Number) {
      number((Number) value, where);
    } else if (value instanceof ApiModel) {
      out.jsonValue(((ApiModel) value).toJson());
    } else if (value instanceof ApiEnum) {
      String wire = ((ApiEnum) value).value();
      if (wire == null) {
        throw refuse(where, value.getClass().getSimpleName() + "." + value + " has no wire value");
      }
      out.value(wire);
    } else if (value instanceof Enum) {
      out.value(((Enum<?>) value).name());
    } else if (value instanceof JsonElement) {
      jsonElement(
          (JsonElement) value,
          where,
          depth); // through the same checks: depth, cycles, finite numbers
    } else if (value instanceof Optional) {
      value(((Optional<?>) value).orElse(null), where, depth + 1);
    } else if (value instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) value;
      value(o.isPresent() ? (Object) o.getAsInt() : null, where, depth + 1);
    } else if (value instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) value;
      value(o.isPresent() ? (Object) o.getAsLong() : null, where, depth + 1);
    } else if (value instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) value;
      value(o.isPresent() ? (Object) o.getAsDouble() : null, where, depth + 1);
    } else if (value instanceof ZonedDateTime) {
      out.value(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
              (ZonedDateTime) value)); // no [Region/Zone] suffix
    } else if (isJavaTime(value)) {
      out.value(value.toString()); // ISO-8601 for every java.time value type
    } else if (value instanceof Date) {
      // java.sql.Date and Time have no instant; their toString() is ISO-8601 already
      String type = value.getClass().getName();
      out.value(
          type.equals("java.sql.Date") || type.equals("java.sql.Time")
              ? value.toString()
              : Instant.ofEpochMilli(((Date) value).getTime()).toString());
    } else if (value instanceof UUID || value instanceof URI) {
      out.value(value.toString());
    } else {
      container(value, where, depth);
    }
  }

  private void container(Object value, String where, int depth) throws IOException {
    boolean isRecord = value instanceof Record;
    if (!(value instanceof Map)
        && !(value instanceof Iterable)
        && !value.getClass().isArray()
        && !isRecord) {
      throw refuse(
          where,
          "a "
              + value.getClass().getName()
              + " has no JSON form here; pass a Map, a List, a record,"
              + " a String, a Number, a Boolean, a java.time value, an Optional, or an SDK enum or model");
    }
    if (!path.add(value)) {
      throw refuse(where, "refers back to itself (a cycle)");
    }
    if (value instanceof Map) {
      out.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String name = key(entry.getKey(), where);
        out.name(name);
        value(entry.getValue(), where + "." + name, depth + 1);
      }
      out.endObject();
    } else if (value instanceof Iterable) {
      out.beginArray();
      int i = 0;
      for (Object element : (Iterable<?>) value) {
        value(element, where + "[" + i++ + "]", depth + 1);
      }
      out.endArray();
    } else if (isRecord) {
      out.beginObject();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        out.name(component.getName());
        value(component(value, component, where), where + "." + component.getName(), depth + 1);
      }
      out.endObject();
    } else {
      out.beginArray();
      int length = Array.getLength(value);
      for (int i = 0; i < length; i++) {
        value(Array.get(value, i), where + "[" + i + "]", depth + 1);
      }
      out.endArray();
    }
    path.remove(value);
  }

  private static Object component(Object record, RecordComponent component, String where) {
    Method accessor = component.getAccessor();
    try {
      if (!accessor.canAccess(record) && !accessor.trySetAccessible()) {
        throw refuse(
            where,
            "record "
                + record.getClass().getName()
                + " is not accessible to the SDK; make it public"
                + " in an exported package, or open its package to module ai.cotool.sdk");
      }
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw refuse(
          where,
          "record "
              + record.getClass().getName()
              + " is not accessible to the SDK ("
              + e.getMessage()
              + ")");
    } catch (InvocationTargetException e) {
      throw refuse(where + "." + component.getName(), "its accessor threw " + e.getCause());
    }
  }

  private void jsonElement(JsonElement element, String where, int depth) throws IOException {
    if (element.isJsonNull()) {
      out.nullValue(); // kept: a tree's nulls are meant
    } else if (element.isJsonObject()) {
      container(element.getAsJsonObject().asMap(), where, depth);
    } else if (element.isJsonArray()) {
      container(element.getAsJsonArray(), where, depth);
    } else if (element.getAsJsonPrimitive().isNumber()) {
      Number number = element.getAsNumber();
      if (!(number instanceof Double
          || number instanceof Float)) { // Gson's lazily parsed text among them
        try {
          number = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
          throw refuse(where, "is not a number");
        }
      }
      number(number, where);
    } else if (element.getAsJsonPrimitive().isBoolean()) {
      out.value(element.getAsBoolean());
    } else {
      out.value(element.getAsString());
    }
  }

  private static String key(@Nullable Object key, String where) {
    if (key instanceof String) {
      return (String) key;
    }
    if (key instanceof ApiEnum && ((ApiEnum) key).value() == null) {
      throw refuse(
          where,
          "has the map key "
              + key.getClass().getSimpleName()
              + "."
              + key
              + ", which has no wire value");
    }
    if (key instanceof ApiEnum && ((ApiEnum) key).value() != null) {
      return ((ApiEnum) key).value();
    }
    if (key instanceof Enum) {
      return ((Enum<?>) key).name();
    }
    if (key instanceof Character || key instanceof UUID) {
      return key.toString();
    }
    throw refuse(
        where,
        "has a map key that is not a String: " + (key == null ? "null" : key.getClass().getName()));
  }

  private void number(Number number, String where) throws IOException {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw refuse(where, "is " + number + ", which JSON cannot carry");
      }
      out.value(number);
    } else if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof BigInteger
        || number instanceof BigDecimal
        || number instanceof AtomicInteger
        || number instanceof AtomicLong) {
      out.value(number);
    } else {
      throw refuse(
          where,
          "a " + number.getClass().getName() + " has no JSON form here; pass a JDK number type");
    }
  }

  private static boolean isJavaTime(Object value) {
    return (value instanceof TemporalAccessor || value instanceof TemporalAmount)
        && value.getClass().getPackageName().equals("java.time");
  }

  /** The field is the parameter ({@code payload}); the message says where in it. */
  private static InvalidParameterException refuse(String where, String problem) {
    int end = where.length();
    for (int i = 0; i < where.length(); i++) {
      if (where.charAt(i) == '.' || where.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    // the message may quote what the caller's objects said, or a map key: never the API key of a
    // live client
    return new InvalidParameterException(
        where.substring(0, end), Secrets.redact(where + " " + problem));
  }
}
