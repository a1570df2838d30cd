package ai.cotool.sdk.models;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Reads a decoded response the way the most curious caller would: every public no-argument method
 * of every SDK model reachable from it (getters, {@code toString}, {@code hashCode}), through
 * optionals, lists and maps. Models may decode lazily, so a response is fully decoded only once
 * this has run without an exception.
 */
final class ModelReader {
  private static final int MAX_DEPTH = 12;

  private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final BiPredicate<Method, Throwable> tolerated;
  private final List<String> toleratedFailures = new ArrayList<>();

  private ModelReader(BiPredicate<Method, Throwable> tolerated) {
    this.tolerated = tolerated;
  }

  /**
   * @param tolerated which exceptions from which methods are documented behaviour rather than a
   *     decoding failure
   * @return the tolerated failures, each as "path: exception"
   * @throws AssertionError naming the path to the first method that threw something not tolerated
   */
  static List<String> readAll(Object root, BiPredicate<Method, Throwable> tolerated) {
    ModelReader reader = new ModelReader(tolerated);
    reader.read(root, root.getClass().getSimpleName(), 0);
    return reader.toleratedFailures;
  }

  private void read(Object value, String path, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> read(v, path, depth));
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        read(item, path + "[" + i++ + "]", depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> read(v, path + "{" + k + "}", depth + 1));
      return;
    }
    if (!value.getClass().getName().startsWith("ai.cotool.sdk.") || !seen.add(value)) {
      return; // JDK values, JSON trees, generated types: nothing more to read
    }
    for (Method method : readers(value.getClass())) {
      read(call(method, value, path), path + "." + method.getName() + "()", depth + 1);
    }
  }

  private Object call(Method method, Object target, String path) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      if (tolerated.test(method, e.getCause())) {
        toleratedFailures.add(path + "." + method.getName() + "(): " + e.getCause().getMessage());
        return null;
      }
      throw new AssertionError(
          path + "." + method.getName() + "() threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Public, non-static, no arguments, not from Object (except toString and hashCode), in a stable
   * order.
   */
  private static Stream<Method> readersStream(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(
            m ->
                m.getDeclaringClass() != Object.class
                    || m.getName().equals("toString")
                    || m.getName().equals("hashCode"))
        .filter(m -> !m.getName().equals("toBuilder") && !m.getName().equals("getClass"))
        .sorted(Comparator.comparing(Method::getName));
  }

  private static Iterable<Method> readers(Class<?> type) {
    return readersStream(type)::iterator;
  }
}
