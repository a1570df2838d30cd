package ai.cotool.sdk.testsupport;

import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The response bodies under {@code src/test/resources/fixtures}, and the requests and ids the
 * suites share.
 */
public final class TestFixtures {
  public static final String ALERTS_PAGE = fixture("alerts-page.json");
  public static final String DETECTION_CREATED = fixture("detection-created.json");

  /** The id in {@code detection-created.json}. */
  public static final String DETECTION_ID = "bba60bbb-cfcd-484b-b936-d253779243a8";

  /** How many alerts {@code alerts-page.json} holds. */
  public static final int ALERTS_ON_PAGE = 6;

  private TestFixtures() {}

  /** The detection the suites create. */
  public static CreateDetectionParams detection() {
    return CreateDetectionParams.builder()
        .name("Privilege escalation via sudoers change")
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
        .systemPrompt("Triage sudoers modifications.")
        .detectionQuery("index=linux sourcetype=auditd path=/etc/sudoers*")
        .build();
  }

  /**
   * @return the fixture's text; fails the test if there is none by that name
   */
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
