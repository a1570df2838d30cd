package ai.cotool.sdk.resources;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.CotoolClientAsync;
import ai.cotool.sdk.RequestOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every convenience overload of every resource (the default methods the generator writes: without
 * {@link RequestOptions}, with {@link UUID} ids) calls the operation of the same name with the same
 * arguments: ids as their text, {@code RequestOptions.none()} when the overload takes no options. A
 * template that dropped, reordered or mistyped an argument fails here for the method it broke.
 */
class ConvenienceOverloadsTest {
  private static final RequestOptions OPTIONS =
      RequestOptions.builder().timeout(Duration.ofSeconds(7)).build();

  @TestFactory
  Stream<DynamicTest> everyDefaultMethod_callsItsOperationWithTheSameArguments() {
    return resourceInterfaces().stream()
        .flatMap(type -> Arrays.stream(type.getMethods()).filter(Method::isDefault))
        .filter(method -> method.getDeclaringClass().getPackageName().equals(packageName()))
        .map(
            method ->
                DynamicTest.dynamicTest(
                    method.getDeclaringClass().getName() + "." + signature(method),
                    () -> assertDelegates(method)));
  }

  @Test
  void resourceInterfaces_coverEveryFaceOfTheClient() {
    assertThat(resourceInterfaces())
        .contains(
            AlertsResource.class,
            AlertsResource.WithRawResponse.class,
            AlertsResourceAsync.class,
            AlertsResourceAsync.WithRawResponse.class)
        .hasSizeGreaterThanOrEqualTo(5 * 4);
  }

  private static void assertDelegates(Method overload) throws Throwable {
    Class<?> type = overload.getDeclaringClass();
    List<Method> calls = new ArrayList<>();
    List<Object[]> arguments = new ArrayList<>();
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          calls.add(method);
          arguments.add(args == null ? new Object[0] : args);
          return null;
        };
    Object resource = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);

    Object[] given = sampleArguments(overload);
    overload.invoke(resource, given);

    assertThat(calls).as("operations called").hasSize(1);
    Method called = calls.get(0);
    assertThat(called.getName()).isEqualTo(overload.getName());
    assertThat(called.getReturnType()).isEqualTo(overload.getReturnType());
    List<Object> expected = new ArrayList<>();
    for (Object argument : given) {
      expected.add(argument instanceof UUID id ? id.toString() : argument);
    }
    if (!Arrays.asList(overload.getParameterTypes()).contains(RequestOptions.class)) {
      expected.add(RequestOptions.none());
    }
    assertThat(arguments.get(0)).containsExactlyElementsOf(expected);

    // a null id stays null (the operation reports it), it does not become the text "null"
    if (Arrays.asList(overload.getParameterTypes()).contains(UUID.class)) {
      Object[] withNulls =
          Arrays.stream(given).map(a -> a instanceof UUID ? null : a).toArray(Object[]::new);
      overload.invoke(resource, withNulls);
      assertThat(Arrays.stream(arguments.get(1)).filter(Objects::isNull).count())
          .isEqualTo(Arrays.stream(withNulls).filter(Objects::isNull).count());
    }
  }

  /** Distinct values per parameter so that a swapped pair of arguments shows. */
  private static Object[] sampleArguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == UUID.class) {
        values[i] = new UUID(0x1234L, i + 1);
      } else if (types[i] == String.class) {
        values[i] = "value-" + i;
      } else if (types[i] == RequestOptions.class) {
        values[i] = OPTIONS;
      } else {
        values[i] = instanceOf(types[i]);
      }
    }
    return values;
  }

  /** A params object from its {@code builder().build()}, or {@code none()}; else null. */
  private static Object instanceOf(Class<?> type) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException notBuildable) {
      try {
        return type.getMethod("none").invoke(null);
      } catch (ReflectiveOperationException | RuntimeException noNone) {
        // a union (sealed) has no instance to spare: null still shows where it is passed
        return null;
      }
    }
  }

  /** The resource interfaces reachable from the clients: every face of every resource. */
  private static Set<Class<?>> resourceInterfaces() {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> client :
        List.of(
            CotoolClient.class,
            CotoolClient.WithRawResponse.class,
            CotoolClientAsync.class,
            CotoolClientAsync.WithRawResponse.class)) {
      for (Method accessor : client.getMethods()) {
        Class<?> type = accessor.getReturnType();
        if (accessor.getParameterCount() == 0
            && type.isInterface()
            && type.getPackageName().equals(packageName())) {
          found.add(type);
        }
      }
    }
    return found;
  }

  private static String packageName() {
    return AlertsResource.class.getPackageName();
  }

  private static String signature(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .toList()
            .toString()
            .replace('[', '(')
            .replace(']', ')');
  }
}
