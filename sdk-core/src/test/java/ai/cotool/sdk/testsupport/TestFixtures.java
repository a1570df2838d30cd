package ai.cotool.sdk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The response bodies under {@code src/test/resources/fixtures}. */
public final class TestFixtures {
  private TestFixtures() {}

  /** @return the fixture's text; fails the test if there is none by that name */
  public static String fixture(String name) {
    try (InputStream in = TestFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
