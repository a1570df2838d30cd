package ai.cotool.bench.data;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic {@code GET /api/alerts} response body: {@code pageSize} realistic alerts, valid
 * against {@code spec/openapi.json} (every required property present, {@code null} only where the
 * schema allows it, enum values from the document, UUIDs, {@code COT-<n>} display ids, ISO-8601
 * timestamps with an offset), compact as a server sends it, with some non-ASCII text so UTF-8
 * decoding is exercised.
 *
 * <p>Alert {@code i} depends only on the seed and {@code i}, so a page of 20 is the first 20 alerts
 * of the page of 200. The last 12 hex digits of every alert's {@code id} are its global index:
 * {@link #writePage(long, byte[])} patches them in place, so a server can serve 500 distinct pages
 * (100,000 distinct ids) from one template without holding them all.
 */
public final class AlertPageData {
  public static final long SEED = 0xC0700L;
  public static final String ORGANIZATION_ID = "3f6c1a52-9d4e-4b7a-8e21-6a0d5c9b7e14";

  private static final String[] STATUSES = {
    "open",
    "in_progress",
    "escalated",
    "closed_true_positive",
    "closed_false_positive",
    "closed_true_positive_benign"
  };
  private static final String[] SEVERITIES = {"low", "medium", "high", "critical"};
  private static final String[] TRIGGERS = {
    "jira",
    "jira-automation",
    "slack",
    "linear",
    "cron",
    "webhook",
    "email",
    "bugcrowd",
    "hackerone"
  };
  private static final String[] DETECTIONS = {
    "Impossible travel between consecutive Okta sign-ins",
    "New OAuth application granted mail.read scope",
    "AWS root account console login",
    "Privilege escalation via sudoers modification",
    "First occurrence of PowerShell EncodedCommand on a server",
    "Mass download from Google Drive by a single user",
    "GitHub personal access token created with admin:org scope",
    "Disabled MFA for a privileged Entra ID account",
    "Kubernetes exec into a production pod",
    "Anomalous S3 GetObject volume from a new ASN"
  };
  private static final String[] USERS = {
    "j.alvarez@acme.io", "zoë.muller@acme.io", "priya.natarajan@acme.io", "svc-deploy@acme.io",
    "m.okafor@acme.io", "renée.dubois@acme.io", "t.nakamura@acme.io", "ci-bot@acme.io"
  };
  private static final String[] HOSTS = {
    "ip-10-20-4-17.ec2.internal",
    "build-runner-07",
    "LAPTOP-8F2K1Q",
    "prod-api-5c9d7f-xk2pl",
    "bastion-eu-1"
  };
  private static final String[] AGENTS = {
    "Identity triage agent",
    "Cloud posture responder",
    "Endpoint investigator",
    "Phishing analyst",
    null
  };
  private static final String[] SUMMARIES = {
    "first occurrence in 30 days, no matching change ticket.",
    "sign-ins from Lisbon and São Paulo 14 minutes apart, both with valid MFA.",
    "grant issued outside business hours to an unverified publisher.",
    "matches a known red-team pattern; confirm with the team before closing.",
    "volume is 12× the 30-day baseline for this principal.",
    "executed by configuration management during an approved change window."
  };
  private static final String[] PARAGRAPHS = {
    "The detection fired because the user authenticated from two locations whose distance cannot be covered in"
        + " the elapsed time. Both sessions used valid MFA, which makes token theft or a shared device more"
        + " likely than a compromised password.",
    "Cotool correlated the event with the last 30 days of activity for this principal: it is the **first**"
        + " occurrence of this behaviour, and no change ticket references it. The source IP belongs to a"
        + " residential ISP that the organization has not seen before.",
    "Recommended next steps: confirm with the user out of band, revoke active sessions, and review the OAuth"
        + " grants issued in the last 24 hours. If the activity is expected, add a suppression with an"
        + " expiry rather than disabling the detection.",
    "Query excerpt: `index=okta eventType=user.session.start | stats dc(client.geographicalContext.country)"
        + " by actor.alternateId` — 2 countries within 14 minutes (Lisbon, Portugal → São Paulo, Brazil).",
    "Affected resources are listed below; each was touched within five minutes of the initial event, and the"
        + " same user agent string (`aws-cli/2.15.30 Python/3.11.8 Linux/6.1`) appears on every call."
  };

  private final int pageSize;
  private final long totalCount;
  private final byte[] template;
  private final int[] idSuffixAt;

  /**
   * @param pageSize alerts in the page (1 to 200)
   * @param totalCount the {@code totalCount} the page reports
   */
  public AlertPageData(int pageSize, long totalCount) {
    this.pageSize = pageSize;
    this.totalCount = totalCount;
    List<String> ids = new ArrayList<>(pageSize);
    String json = render(pageSize, totalCount, ids);
    this.template = json.getBytes(StandardCharsets.UTF_8);
    this.idSuffixAt = new int[pageSize];
    int from = 0;
    for (int i = 0; i < pageSize; i++) {
      byte[] needle = ("\"id\":\"" + ids.get(i) + "\"").getBytes(StandardCharsets.UTF_8);
      int at = indexOf(template, needle, from);
      if (at < 0) {
        throw new IllegalStateException("id of alert " + i + " not found");
      }
      idSuffixAt[i] = at + needle.length - 1 - 12;
      from = at + needle.length;
    }
  }

  public int pageSize() {
    return pageSize;
  }

  public long totalCount() {
    return totalCount;
  }

  /**
   * @return the body of the page at offset 0 (a copy)
   */
  public byte[] bytes() {
    return template.clone();
  }

  /**
   * @return the body of the page at offset 0
   */
  public String json() {
    return new String(template, StandardCharsets.UTF_8);
  }

  /**
   * @return the body length in bytes (the same for every offset)
   */
  public int length() {
    return template.length;
  }

  /**
   * Writes the page at {@code offset} into {@code dst} (at least {@link #length()} bytes): the
   * template with each alert's id ending in the hex digits of {@code offset + i}.
   */
  public void writePage(long offset, byte[] dst) {
    writePage(offset, dst, 0);
  }

  /** Like {@link #writePage(long, byte[])}, at {@code dstPos} of {@code dst}. */
  public void writePage(long offset, byte[] dst, int dstPos) {
    System.arraycopy(template, 0, dst, dstPos, template.length);
    for (int i = 0; i < pageSize; i++) {
      long n = offset + i;
      int at = dstPos + idSuffixAt[i];
      for (int d = 11; d >= 0; d--) {
        dst[at + d] = (byte) Character.forDigit((int) (n & 0xF), 16);
        n >>>= 4;
      }
    }
  }

  private static String render(int pageSize, long totalCount, List<String> ids) {
    StringWriter out = new StringWriter(pageSize * 1400);
    try (JsonWriter w = new JsonWriter(out)) {
      w.setSerializeNulls(true);
      w.beginObject();
      w.name("alerts").beginArray();
      for (int i = 0; i < pageSize; i++) {
        ids.add(writeAlert(w, i));
      }
      w.endArray();
      w.name("totalCount").value(totalCount);
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes alert {@code i}; returns its id. */
  private static String writeAlert(JsonWriter w, int i) throws IOException {
    Random r = new Random(SEED * 1_000_003L + i);
    String id = uuid(r, i);
    String status = STATUSES[weighted(r, 30, 20, 10, 15, 20, 5)];
    boolean closed = status.startsWith("closed_");
    String category =
        r.nextInt(100) < 65 ? "detection" : r.nextInt(100) < 90 ? "trigger" : "hunting";
    String trigger = category.equals("trigger") ? pick(r, TRIGGERS) : null;
    String detectionName = pick(r, DETECTIONS);
    String user = pick(r, USERS);
    String host = pick(r, HOSTS);
    long created = 1_767_225_600_000L + i * 7_919_000L + r.nextInt(600_000); // 2026-01-01 onwards
    long updated = created + r.nextInt(3_600_000);

    w.beginObject();
    w.name("id").value(id);
    w.name("displayId").value("COT-" + (4_000 + i));
    w.name("organizationId").value(ORGANIZATION_ID);
    w.name("organizationName").value("acme-security");
    w.name("title").value(detectionName + ": " + user + " on " + host);
    w.name("description")
        .value(r.nextInt(100) < 25 ? null : description(r, detectionName, user, host));
    w.name("severity").value(r.nextInt(100) < 10 ? null : SEVERITIES[weighted(r, 20, 40, 30, 10)]);
    w.name("status").value(status);
    w.name("source")
        .beginObject()
        .name("category")
        .value(category)
        .name("name")
        .value(
            category.equals("detection")
                ? "cotool_detection"
                : category.equals("hunting") ? "hunting" : trigger)
        .name("triggerType")
        .value(trigger)
        .endObject();
    if (category.equals("detection") || r.nextInt(100) < 30) {
      boolean cotool = category.equals("detection");
      w.name("detection")
          .beginObject()
          .name("id")
          .value(cotool ? uuid(r, -1) : null)
          .name("agentId")
          .value(cotool ? uuid(r, -1) : null)
          .name("name")
          .value(detectionName)
          .name("kind")
          .value(cotool ? "cotool" : "external")
          .endObject();
    } else {
      w.name("detection").nullValue();
    }
    w.name("createdBy")
        .value(category.equals("trigger") ? "trigger" : r.nextInt(100) < 85 ? "agent" : "system");
    w.name("originAgentId").value(category.equals("trigger") ? null : uuid(r, -1));
    w.name("originTriggerId").value(trigger == null ? null : uuid(r, -1));
    w.name("originRunId").value(r.nextInt(100) < 80 ? uuid(r, -1) : null);
    w.name("originDetectionHitId").value(category.equals("detection") ? uuid(r, -1) : null);
    w.name("externalProvider").value(trigger);
    String ref =
        trigger == null
            ? null
            : trigger.startsWith("jira")
                ? "SEC-" + (1000 + r.nextInt(9000))
                : trigger.equals("linear")
                    ? "SECOPS-" + (100 + r.nextInt(900))
                    : Long.toHexString(r.nextLong());
    w.name("externalRef").value(ref);
    w.name("externalUrl")
        .value(
            ref == null
                ? null
                : trigger.startsWith("jira")
                    ? "https://acme.atlassian.net/browse/" + ref
                    : "https://hooks.acme.io/" + trigger + "/events/" + ref);
    boolean assigned = !status.equals("open") || r.nextInt(100) < 40;
    w.name("assignedAgentId").value(assigned ? uuid(r, -1) : null);
    w.name("triageRunId").value(assigned ? uuid(r, -1) : null);
    w.name("dedupeKey")
        .value(
            r.nextInt(100) < 70
                ? category + ":" + uuid(r, -1) + ":" + Integer.toHexString(r.nextInt())
                : null);
    w.name("createdAt").value(iso(created));
    w.name("updatedAt").value(iso(updated));
    w.name("firstTriagedAt").value(assigned ? iso(created + 1_000 + r.nextInt(120_000)) : null);
    w.name("resolvedAt").value(closed ? iso(updated) : null);
    w.name("derivedDisposition").value(closed ? status.substring("closed_".length()) : null);
    w.name("originAgentName").value(category.equals("trigger") ? null : pick(r, AGENTS));
    w.name("assignedAgentName").value(assigned ? pick(r, AGENTS) : null);
    w.name("triggerSource").value(trigger);
    w.endObject();
    return id;
  }

  /** Mostly one or two sentences; one in ten is a longer Markdown write-up. */
  private static String description(Random r, String detection, String user, String host) {
    if (r.nextInt(10) > 0) {
      return "`" + user + "` on `" + host + "`: " + SUMMARIES[r.nextInt(SUMMARIES.length)];
    }
    StringBuilder b = new StringBuilder(700);
    b.append("### ").append(detection).append("\n\n");
    b.append(PARAGRAPHS[r.nextInt(PARAGRAPHS.length)]).append("\n\n");
    int bullets = 1 + r.nextInt(3);
    for (int k = 0; k < bullets; k++) {
      b.append("- ")
          .append(pick(r, HOSTS))
          .append(": ")
          .append(1 + r.nextInt(40))
          .append(" events\n");
    }
    return b.toString().strip();
  }

  private static String uuid(Random r, int index) {
    long hi = r.nextLong();
    long lo = r.nextLong();
    String s =
        String.format(
            Locale.ROOT,
            "%08x-%04x-4%03x-%04x-%012x",
            hi >>> 32,
            (hi >>> 16) & 0xFFFF,
            hi & 0xFFF,
            0x8000 | (lo >>> 48 & 0x3FFF),
            lo & 0xFFFFFFFFFFFFL);
    if (index >= 0) {
      s = s.substring(0, 24) + String.format(Locale.ROOT, "%012x", (long) index);
    }
    return s;
  }

  private static String iso(long epochMillis) {
    return java.time.Instant.ofEpochMilli(epochMillis).toString();
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static int weighted(Random r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int k = 0; k < weights.length; k++) {
      x -= weights[k];
      if (x < 0) {
        return k;
      }
    }
    return weights.length - 1;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
