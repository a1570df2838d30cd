package ai.cotool.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns JMH's JSON result ({@code -rf json}) and {@link SideBySide}'s JSON into the Markdown table
 * of benchmarks/README.md: for each measurement the SDK, its floor, the ratios and whether the
 * target is met. The verdict uses the interleaved paired ratio when there is one (robust to load
 * that changes during the run), else JMH's. Usage: {@code java -cp benchmarks.jar
 * ai.cotool.bench.ResultsTable results/}.
 */
public final class ResultsTable {
  private final Map<String, JsonObject> jmh = new HashMap<>();
  private final JsonObject side;
  private final Path dir;
  private final StringBuilder out = new StringBuilder();

  private ResultsTable(JsonArray array, JsonObject side, Path dir) {
    this.side = side;
    this.dir = dir;
    if (array != null) {
      for (JsonElement e : array) {
        JsonObject o = e.getAsJsonObject();
        String name = o.get("benchmark").getAsString().substring("ai.cotool.bench.".length());
        jmh.put(name + ":" + o.get("mode").getAsString(), o);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    JsonArray array = null;
    JsonObject side = new JsonObject();
    if (Files.exists(dir.resolve("jmh-result.json"))) {
      try (Reader r =
          Files.newBufferedReader(dir.resolve("jmh-result.json"), StandardCharsets.UTF_8)) {
        array = JsonParser.parseReader(r).getAsJsonArray();
      }
    }
    if (Files.exists(dir.resolve("side-by-side.json"))) {
      try (Reader r =
          Files.newBufferedReader(dir.resolve("side-by-side.json"), StandardCharsets.UTF_8)) {
        side = JsonParser.parseReader(r).getAsJsonObject();
      }
    }
    System.out.print(new ResultsTable(array, side, dir).render());
  }

  private String render() throws IOException {
    line(
        "| # | measurement | SDK (JMH) | floor (JMH) | JMH ratio | interleaved ratio, median [IQR] | target | met |");
    line("|---|---|---|---|---|---|---|---|");
    row(
        "1a",
        "decode one page of 200 alerts (258 KB): `AlertList.fromJson(text).alerts()` vs Gson into POJOs",
        "DecodeBenchmark.sdk",
        "DecodeBenchmark.gsonPojo",
        "decode.sdk",
        1.30);
    row(
        "1a'",
        "the same, then every property read through the public getters vs every POJO field read",
        "DecodeBenchmark.sdkReadAll",
        "DecodeBenchmark.gsonPojoReadAll",
        "decode.sdkReadAll",
        1.30);
    row(
        "1b",
        "diagnostic: the SDK's generated layer alone (template-overridden adapters, no public wrappers)",
        "DecodeBenchmark.sdkGeneratedLayer",
        "DecodeBenchmark.gsonPojo",
        null,
        Double.NaN);
    row(
        "1c",
        "stock openapi-generator 7.25.0 okhttp-gson `JSON.getGson()` decode (in the SDK column) vs Gson POJOs",
        "DecodeBenchmark.stockGenerated",
        "DecodeBenchmark.gsonPojo",
        "decode.stockGenerated",
        Double.NaN);
    row(
        "2",
        "list call end to end, 200 alerts, loopback: `client.alerts().list(...)` vs raw OkHttp + Gson",
        "ListCallBenchmark.sdk",
        "ListCallBenchmark.raw",
        "list.sdk",
        1.10);
    row(
        "2'",
        "diagnostic: raw OkHttp reading the body into a `String` before binding (as the SDK's pipeline did"
            + " before the change of 2)",
        "ListCallBenchmark.rawViaString",
        "ListCallBenchmark.raw",
        "list.rawViaString",
        Double.NaN);
    row(
        "3",
        "create detection end to end, loopback: `client.detections().create(...)` vs raw OkHttp + Gson",
        "CreateCallBenchmark.sdk",
        "CreateCallBenchmark.raw",
        "create.sdk",
        1.10);
    row(
        "3a",
        "diagnostic: request body, `CreateDetectionParams.toJson()` vs `gson.toJson(pojo)`",
        null,
        null,
        "encodeDetection.sdk",
        Double.NaN);
    row(
        "3b",
        "diagnostic: response body, `Detection.fromJson(text)` vs Gson into the POJO",
        null,
        null,
        "decodeDetection.sdk",
        Double.NaN);
    paging();
    concurrent();
    return out.toString();
  }

  private void row(
      String id, String what, String sdkName, String floorName, String sideName, double target) {
    JsonObject sdk = sdkName == null ? null : jmh.get(sdkName + ":avgt");
    JsonObject floor = floorName == null ? null : jmh.get(floorName + ":avgt");
    JsonObject paired =
        sideName == null || !side.has(sideName) ? null : side.getAsJsonObject(sideName);
    if ((sdk == null || floor == null) && paired == null) {
      return;
    }
    String sdkCell;
    String floorCell;
    String jmhRatio = "–";
    double verdictRatio = Double.NaN;
    if (sdk != null && floor != null) {
      sdkCell = time(sdk) + alloc(sdk);
      floorCell = time(floor) + alloc(floor);
      double ratio = score(sdk) / score(floor);
      jmhRatio = fmt(ratio) + "×";
      verdictRatio = ratio;
    } else {
      JsonObject sideFloor = side.getAsJsonObject(paired.get("floor").getAsString());
      sdkCell =
          String.format(
              Locale.ROOT,
              "%,.1f µs (interleaved median)",
              paired.get("medianMicros").getAsDouble());
      floorCell =
          String.format(
              Locale.ROOT,
              "%,.1f µs (interleaved median)",
              sideFloor.get("medianMicros").getAsDouble());
    }
    String pairedCell = "–";
    if (paired != null) {
      double median = paired.get("pairedRatioMedian").getAsDouble();
      pairedCell =
          String.format(
              Locale.ROOT,
              "**%.2f×** [%.2f–%.2f]",
              median,
              paired.get("pairedRatioQ1").getAsDouble(),
              paired.get("pairedRatioQ3").getAsDouble());
      verdictRatio = median;
    }
    String targetCell =
        Double.isNaN(target) ? "–" : target == 1.10 ? "overhead ≤ 10%" : "≤ " + fmt(target) + "×";
    String met = Double.isNaN(target) ? "–" : verdictRatio <= target ? "**yes**" : "**no**";
    line(
        "| "
            + id
            + " | "
            + what
            + " | "
            + sdkCell
            + " | "
            + floorCell
            + " | "
            + jmhRatio
            + " | "
            + pairedCell
            + " | "
            + targetCell
            + " | "
            + met
            + " |");
  }

  private void paging() throws IOException {
    JsonObject sdk = jmh.get("AutoPagingBenchmark.sdk:ss");
    JsonObject floor = jmh.get("AutoPagingBenchmark.raw:ss");
    if (sdk == null || floor == null) {
      return;
    }
    double sdkRate = 100_000 / (score(sdk) / 1000.0);
    double rawRate = 100_000 / (score(floor) / 1000.0);
    line(
        "| 4 | auto-paging 100,000 alerts (500 pages of 200), fork with `-Xmx64m`: "
            + "`for (Alert a : client.alerts().listAutoPaging(params))` vs a raw offset loop | "
            + String.format(
                Locale.ROOT,
                "%,.0f alerts/s (%.2f s per 100k)%s",
                sdkRate,
                score(sdk) / 1000,
                alloc(sdk))
            + " | "
            + String.format(
                Locale.ROOT,
                "%,.0f alerts/s (%.2f s per 100k)%s",
                rawRate,
                score(floor) / 1000,
                alloc(floor))
            + " | "
            + fmt(sdkRate / rawRate)
            + "× the rate | "
            + pagingPerPage()
            + " | completes with `-Xmx64m` | "
            + (completed("sdk") ? "**yes**" + heap("sdk") : "no result: see jmh-output.txt")
            + " |");
  }

  /**
   * The interleaved ratio of the first 5 pages (default heap), SDK time over raw time, if measured.
   */
  private String pagingPerPage() {
    if (!side.has("paging.sdk")) {
      return "–";
    }
    JsonObject paired = side.getAsJsonObject("paging.sdk");
    return String.format(
        Locale.ROOT,
        "**%.2f×** [%.2f–%.2f] the time, first 5 pages, default heap",
        paired.get("pairedRatioMedian").getAsDouble(),
        paired.get("pairedRatioQ1").getAsDouble(),
        paired.get("pairedRatioQ3").getAsDouble());
  }

  private boolean completed(String name) {
    return Files.exists(dir.resolve("paging-" + name + ".properties"));
  }

  private String heap(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve("paging-" + name + ".properties"))) {
      p.load(r);
    }
    return String.format(
        Locale.ROOT,
        ": max heap %d MB, at most %.1f MB in use after any of its %s GCs",
        Long.parseLong(p.getProperty("maxHeapBytes")) >> 20,
        Long.parseLong(p.getProperty("maxHeapUsedAfterGcBytes")) / 1048576.0,
        p.getProperty("garbageCollections"));
  }

  private void concurrent() {
    JsonObject sdkT = jmh.get("ConcurrentBenchmark.sdk:thrpt");
    JsonObject rawT = jmh.get("ConcurrentBenchmark.raw:thrpt");
    JsonObject sdkS = jmh.get("ConcurrentBenchmark.sdk:sample");
    JsonObject rawS = jmh.get("ConcurrentBenchmark.raw:sample");
    JsonObject pSdk =
        side.has("concurrent16.sdk") ? side.getAsJsonObject("concurrent16.sdk") : null;
    JsonObject pRaw =
        side.has("concurrent16.raw") ? side.getAsJsonObject("concurrent16.raw") : null;
    String limit = sdkT != null ? param(sdkT, "limit") : "20";
    if (sdkT != null && rawT != null) {
      String paired =
          pSdk == null
              ? "–"
              : String.format(
                  Locale.ROOT,
                  "**%.2f×** [%.2f–%.2f]",
                  pSdk.get("pairedThroughputRatioMedian").getAsDouble(),
                  pSdk.get("pairedThroughputRatioQ1").getAsDouble(),
                  pSdk.get("pairedThroughputRatioQ3").getAsDouble());
      line(
          "| 5 | 16 threads through one client, `list(limit="
              + limit
              + ")` (about 26 KB), loopback: requests/s | "
              + String.format(Locale.ROOT, "%,.0f ± %,.0f req/s", score(sdkT), error(sdkT))
              + alloc(sdkT)
              + " | "
              + String.format(Locale.ROOT, "%,.0f ± %,.0f req/s", score(rawT), error(rawT))
              + alloc(rawT)
              + " | "
              + fmt(score(sdkT) / score(rawT))
              + "× the throughput | "
              + paired
              + " | – | – |");
    }
    if (sdkS != null && rawS != null) {
      String paired =
          pSdk == null || pRaw == null
              ? "–"
              : String.format(
                  Locale.ROOT,
                  "p50 %.2f vs %.2f ms, p99 %.2f vs %.2f ms",
                  pSdk.get("p50Millis").getAsDouble(),
                  pRaw.get("p50Millis").getAsDouble(),
                  pSdk.get("p99Millis").getAsDouble(),
                  pRaw.get("p99Millis").getAsDouble());
      line(
          "| 5' | the same: latency p50 / p99 (JMH SampleTime; interleaved: every request timed) | "
              + String.format(
                  Locale.ROOT,
                  "%.2f / %.2f ms",
                  ms(sdkS, percentile(sdkS, "50.0")),
                  ms(sdkS, percentile(sdkS, "99.0")))
              + " | "
              + String.format(
                  Locale.ROOT,
                  "%.2f / %.2f ms",
                  ms(rawS, percentile(rawS, "50.0")),
                  ms(rawS, percentile(rawS, "99.0")))
              + " | p99 "
              + fmt(percentile(sdkS, "99.0") / percentile(rawS, "99.0"))
              + "× | "
              + paired
              + " | – | – |");
    }
  }

  private static double score(JsonObject o) {
    return o.getAsJsonObject("primaryMetric").get("score").getAsDouble();
  }

  private static double error(JsonObject o) {
    double e = o.getAsJsonObject("primaryMetric").get("scoreError").getAsDouble();
    return Double.isNaN(e) ? 0 : e;
  }

  private static String param(JsonObject o, String name) {
    JsonObject params = o.getAsJsonObject("params");
    return params == null || !params.has(name) ? "?" : params.get(name).getAsString();
  }

  private static double percentile(JsonObject o, String p) {
    return o.getAsJsonObject("primaryMetric")
        .getAsJsonObject("scorePercentiles")
        .get(p)
        .getAsDouble();
  }

  /** A SampleTime value in milliseconds, whatever the unit JMH reported. */
  private static double ms(JsonObject o, double value) {
    String unit = o.getAsJsonObject("primaryMetric").get("scoreUnit").getAsString();
    if (unit.startsWith("s/")) {
      return value * 1e3;
    }
    if (unit.startsWith("ms/")) {
      return value;
    }
    if (unit.startsWith("us/")) {
      return value / 1e3;
    }
    return value / 1e6;
  }

  private static String time(JsonObject o) {
    String unit =
        o.getAsJsonObject("primaryMetric").get("scoreUnit").getAsString().replace("us/op", "µs");
    return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", score(o), error(o), unit);
  }

  /** {@code ; 123 KB/op} from -prof gc's gc.alloc.rate.norm, when present. */
  private static String alloc(JsonObject o) {
    JsonObject secondary = o.getAsJsonObject("secondaryMetrics");
    if (secondary == null) {
      return "";
    }
    for (Map.Entry<String, JsonElement> e : secondary.entrySet()) {
      if (e.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
        double bytes = e.getValue().getAsJsonObject().get("score").getAsDouble();
        return bytes >= 10 * 1024 * 1024
            ? String.format(Locale.ROOT, "; %,.0f MB/op", bytes / 1048576)
            : bytes >= 10_240
                ? String.format(Locale.ROOT, "; %,.0f KB/op", bytes / 1024)
                : String.format(Locale.ROOT, "; %,.0f B/op", bytes);
      }
    }
    return "";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
