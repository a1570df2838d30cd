package ai.cotool.sdk.reliability;

import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Response bodies and request params shared by the reliability tests. */
final class Fixtures {
  static final String ALERTS_PAGE = read("alerts-page.json");
  static final String DETECTION_CREATED = read("detection-created.json");
  static final String DETECTION_ID = "bba60bbb-cfcd-484b-b936-d253779243a8";
  static final int ALERTS_ON_PAGE = 6;

  private Fixtures() {}

  static CreateDetectionParams detection() {
    return CreateDetectionParams.builder()
        .name("Privilege escalation via sudoers change")
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
        .systemPrompt("Triage sudoers modifications.")
        .detectionQuery("index=linux sourcetype=auditd path=/etc/sudoers*")
        .build();
  }

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
