package ai.cotool.bench.data;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The create-detection exchange: a request (as values, so each client builds its own body) and a
 * realistic {@code POST /api/detections} response body, valid against {@code spec/openapi.json}
 * (every required property present; {@code null} only where the schema allows it).
 */
public final class DetectionData {
  public static final String NAME = "Privilege escalation via sudoers change";
  public static final String DESCRIPTION =
      "Flags writes to /etc/sudoers and /etc/sudoers.d on Linux hosts.";
  public static final String CATEGORY = "privilege_escalation";
  public static final String SYSTEM_PROMPT =
      "You are a Linux privilege-escalation analyst. For each hit, decide"
          + " whether the sudoers change was made by configuration management (Ansible, Puppet, Chef) during an approved"
          + " change window, or interactively by a user. Cite the process tree and the change ticket if one exists.";
  public static final String QUERY =
      "index=linux_audit path=\"/etc/sudoers*\" perm=w | stats count by host, user, exe";
  public static final String SIEM = "splunk";
  public static final List<String> TOOL_NAMES =
      List.of("splunk_search", "jira_create_issue", "slack_post_message");
  public static final String CADENCE = "hourly";

  private DetectionData() {}

  /**
   * @return the response body of the create call
   */
  public static byte[] responseBytes() {
    return responseJson().getBytes(StandardCharsets.UTF_8);
  }

  public static String responseJson() {
    StringWriter out = new StringWriter(3000);
    try (JsonWriter w = new JsonWriter(out)) {
      w.setSerializeNulls(true);
      w.beginObject();
      w.name("id").value("5b1e7c2a-04d3-4f6e-9a8b-2c7d1e0f3a95");
      w.name("organizationId").value(AlertPageData.ORGANIZATION_ID);
      w.name("name").value(NAME);
      w.name("description").value(DESCRIPTION);
      w.name("createdAt").value("2026-03-14T09:26:53.589Z");
      w.name("updatedAt").value("2026-03-14T09:26:53.589Z");
      w.name("deletedAt").nullValue();
      w.name("toolNames").beginArray();
      for (String tool : TOOL_NAMES) {
        w.value(tool);
      }
      w.endArray();
      w.name("inputs")
          .beginArray()
          .beginObject()
          .name("type")
          .value("text")
          .name("name")
          .value("hit")
          .name("description")
          .value("The detection hit to triage")
          .name("required")
          .value(true)
          .endObject()
          .endArray();
      w.name("modelAlias").value("default");
      w.name("planningMode").value("auto");
      w.name("agentType").value("detection");
      w.name("isBuiltIn").value(false);
      w.name("builtInAgentType").value("threat-research");
      w.name("contextDocs")
          .beginArray()
          .beginObject()
          .name("provider")
          .value("googleDocs")
          .name("id")
          .value("1x9QbV3kR7tYp2LmN8sD4fG6hJ0aZcX")
          .name("name")
          .value("Linux hardening runbook")
          .name("mimeType")
          .value("application/vnd.google-apps.document")
          .endObject()
          .endArray();
      w.name("tinesStoryImportId").nullValue();
      w.name("triggerSummary")
          .beginArray()
          .beginObject()
          .name("id")
          .value("9c0d2e4f-6a8b-4c1d-8e3f-5a7b9c1d3e5f")
          .name("source")
          .value("cron")
          .name("name")
          .value("Hourly run")
          .name("enabled")
          .value(true)
          .endObject()
          .endArray();
      w.name("structuredOutputSchema")
          .beginObject()
          .name("type")
          .value("object")
          .name("title")
          .value("Triage verdict")
          .name("properties")
          .beginObject()
          .name("verdict")
          .beginObject()
          .name("type")
          .value("string")
          .name("enum")
          .beginArray()
          .value("benign")
          .value("suspicious")
          .value("malicious")
          .endArray()
          .endObject()
          .name("reason")
          .beginObject()
          .name("type")
          .value("string")
          .endObject()
          .endObject()
          .name("required")
          .beginArray()
          .value("verdict")
          .value("reason")
          .endArray()
          .name("x-cotool")
          .beginObject()
          .name("presetId")
          .value("classification")
          .endObject()
          .endObject();
      w.name("detectionCategory").value(CATEGORY);
      w.name("detectionQuery").value(QUERY);
      w.name("siemType").value(SIEM);
      w.name("detectionCadence").value(CADENCE);
      w.name("isSuggestion").value(false);
      w.name("lastDetectionRunAt").nullValue();
      w.name("activeSystemPrompt")
          .beginObject()
          .name("id")
          .value("e2f4a6b8-0c1d-4e3f-8a5b-7c9d1e2f3a4b")
          .name("prompt")
          .value(SYSTEM_PROMPT)
          .name("description")
          .value("Initial prompt")
          .endObject();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
