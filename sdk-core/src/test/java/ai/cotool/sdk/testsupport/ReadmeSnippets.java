package ai.cotool.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the tests that run README snippets share. A snippet is the code between a {@code // README:
 * name} line and a {@code // README: end} line of the test's source. Registered as an extension,
 * this captures what each test prints on {@code System.out}; {@link #assertEachIsInTheReadme} then
 * proves the README cannot drift from the compiled snippets.
 */
public final class ReadmeSnippets implements BeforeEachCallback, AfterEachCallback {
  private static final Pattern SNIPPET =
      Pattern.compile("\\n( *)// README: ([a-z -]+)\\n(.*?)\\n *// README: end", Pattern.DOTALL);

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream realOut = System.out;

  @Override
  public void beforeEach(ExtensionContext context) {
    printed.reset();
    realOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(realOut);
  }

  /**
   * @return the lines the current test printed so far
   */
  public List<String> printedLines() {
    System.out.flush();
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * Asserts that every snippet of {@code testClass}'s source, dedented, is in the README as
   * written, in a {@code java} code block.
   *
   * @return the snippets' names, in order
   */
  public static List<String> assertEachIsInTheReadme(Class<?> testClass) throws IOException {
    Path module = Path.of(System.getProperty("user.dir"));
    String readme = Files.readString(module.resolve("../README.md"));
    String source =
        Files.readString(
            module.resolve("src/test/java/" + testClass.getName().replace('.', '/') + ".java"));
    Matcher snippet = SNIPPET.matcher(source);
    List<String> names = new ArrayList<>();
    while (snippet.find()) {
      String indent = snippet.group(1);
      String code =
          snippet
              .group(3)
              .lines()
              .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
              .collect(Collectors.joining("\n"));
      names.add(snippet.group(2));
      assertThat(readme)
          .as("README snippet '%s'", snippet.group(2))
          .contains("```java\n" + code + "\n");
    }
    return names;
  }
}
