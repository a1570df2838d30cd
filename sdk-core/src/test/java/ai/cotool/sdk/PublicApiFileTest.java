package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code sdk-core/api/cotool-java.api} lists every public type and signature, so that each change
 * of the public API shows in review. The test writes the current listing to {@code
 * target/cotool-java.api} and fails when it differs from the committed file; {@code
 * -Dcotool.updateApi=true} rewrites the committed file instead.
 */
class PublicApiFileTest {
  private static final Path MODULE = Path.of(System.getProperty("user.dir"));
  private static final Path COMMITTED = MODULE.resolve("api/cotool-java.api");
  private static final Path CURRENT = MODULE.resolve("target/cotool-java.api");

  @Test
  void publicApi_isTheCommittedOne()
      throws IOException, URISyntaxException, ClassNotFoundException {
    String current = listing();
    Files.writeString(CURRENT, current);
    if (Boolean.getBoolean("cotool.updateApi")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, current);
    }
    assertThat(COMMITTED)
        .as(
            "the public API changed: review target/cotool-java.api, then run the tests with "
                + "-Dcotool.updateApi=true (or copy it to api/cotool-java.api)")
        .exists();
    List<String> committed = Files.readAllLines(COMMITTED);
    List<String> now = current.lines().collect(Collectors.toList());
    List<String> removed = new ArrayList<>(committed);
    removed.removeAll(now);
    List<String> added = new ArrayList<>(now);
    added.removeAll(committed);
    if (!now.equals(committed)) {
      fail(
          "the public API changed; review it, then run the tests with -Dcotool.updateApi=true (or copy "
              + "target/cotool-java.api to api/cotool-java.api)%n removed: %s%n added: %s",
          removed, added);
    }
  }

  @Test
  void publicSignatures_neverNameAnInternalType()
      throws IOException, URISyntaxException, ClassNotFoundException {
    assertThat(listing().lines().filter(line -> line.contains("ai.cotool.sdk.internal")))
        .as("public types, supertypes, methods and fields that expose an internal type")
        .isEmpty();
  }

  private static String listing() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(CotoolClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .filter(name -> !name.startsWith("ai.cotool.sdk.internal."))
              .sorted()
              .collect(Collectors.toList());
    }
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, PublicApiFileTest.class.getClassLoader());
      if (visible(type)) {
        out.append(describe(type));
      }
    }
    return out.toString();
  }

  /** Public (or protected) and reachable: its enclosing types are visible too. */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass()
          || t.isLocalClass()
          || t.isSynthetic()
          || !(Modifier.isPublic(t.getModifiers()) || Modifier.isProtected(t.getModifiers()))) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Class<?> type) {
    StringBuilder header = new StringBuilder(type.toGenericString());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      header.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      header
          .append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(type.getGenericInterfaces())
                  .map(java.lang.reflect.Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      header
          .append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .collect(Collectors.joining(", ")));
    }
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (api(field)) {
        members.add(field.toGenericString());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (api(constructor)) {
        members.add(constructor.toGenericString());
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (api(method) && !method.isBridge()) {
        members.add(method.toGenericString());
      }
    }
    // public methods of a hidden supertype (a package-private base class or mix-in) are part of
    // this type's API
    for (Class<?> hidden : hiddenSupertypes(type)) {
      for (Method method : hidden.getDeclaredMethods()) {
        if (api(method) && !method.isBridge() && !Modifier.isStatic(method.getModifiers())) {
          String signature = method.toGenericString().replace(hidden.getName() + ".", "");
          members.add("(from " + hidden.getSimpleName() + ") " + signature);
        }
      }
    }
    members.replaceAll(member -> member.replace(type.getName() + ".", ""));
    members.sort(null);
    StringBuilder out = new StringBuilder(header).append(" {\n");
    members.forEach(member -> out.append("  ").append(member).append('\n'));
    return out.append("}\n\n").toString();
  }

  private static Set<Class<?>> hiddenSupertypes(Class<?> type) {
    Set<Class<?>> hidden = new LinkedHashSet<>();
    List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      supertypes.add(type.getSuperclass());
    }
    for (Class<?> supertype : supertypes) {
      if (!visible(supertype)) {
        hidden.add(supertype);
        hidden.addAll(hiddenSupertypes(supertype));
      }
    }
    return hidden;
  }

  private static boolean api(Member member) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic()
        && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }
}
