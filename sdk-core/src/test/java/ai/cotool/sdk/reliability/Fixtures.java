package ai.cotool.sdk.reliability;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;

import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;

/** Response bodies and request params shared by the reliability tests. */
final class Fixtures {
  static final String ALERTS_PAGE = fixture("alerts-page.json");
  static final String DETECTION_CREATED = fixture("detection-created.json");
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
}
