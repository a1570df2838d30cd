package ai.cotool.sdk.testsupport;

import ai.cotool.sdk.models.AlertListParams;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ContentTypes;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Serves the page of {@code total} alerts that {@code limit} and {@code offset} ask for, as the API
 * does, with switches for the ways a server can misbehave. Alert {@code n} has the id {@link
 * #id(int) id(n)}.
 */
public final class AlertPages implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "alert-pages";

  public volatile int total;

  /** Every request for this offset fails with a 500. */
  public volatile int failAtOffset = -1;

  /** The first request for this offset fails with a 503; later ones succeed. */
  public volatile int failOnceAtOffset = -1;

  /** The response for this offset is delayed 10 s. */
  public volatile int delayAtOffset = -1;

  /** Serves the first page whatever the offset: a server that ignores it. */
  public volatile boolean ignoreOffset;

  /**
   * After the first page, one alert arrives ahead of the cursor: later pages start one alert
   * earlier.
   */
  public volatile boolean insertAfterFirstPage;

  /**
   * The most alerts a page holds, whatever the limit: a server with a smaller maximum page size.
   */
  public volatile int pageSizeCap = Integer.MAX_VALUE;

  private final AtomicInteger failedOnce = new AtomicInteger();

  public void reset(int total) {
    this.total = total;
    failAtOffset = -1;
    failOnceAtOffset = -1;
    delayAtOffset = -1;
    ignoreOffset = false;
    insertAfterFirstPage = false;
    pageSizeCap = Integer.MAX_VALUE;
    failedOnce.set(0);
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    int limit =
        intParam(serveEvent.getRequest().queryParameter("limit"), AlertListParams.DEFAULT_LIMIT);
    int offset = intParam(serveEvent.getRequest().queryParameter("offset"), 0);
    ResponseDefinition stub = serveEvent.getResponseDefinition();
    if (offset == failAtOffset) {
      return json(stub, 500, "{\"error\":\"Internal server error\"}").build();
    }
    if (offset == failOnceAtOffset && failedOnce.getAndIncrement() == 0) {
      return json(stub, 503, "{\"error\":\"Service unavailable\"}").build();
    }
    int from = ignoreOffset ? 0 : offset;
    int count = total;
    if (insertAfterFirstPage && offset > 0) {
      from = offset - 1; // the inserted alert sorts first, so everything moved one place back
      count = total + 1;
    }
    int end = Math.min(total, from + Math.min(limit, pageSizeCap));
    String alerts =
        IntStream.range(Math.min(from, total), end)
            .mapToObj(AlertPages::alert)
            .collect(Collectors.joining(","));
    ResponseDefinitionBuilder response =
        json(stub, 200, "{\"alerts\":[" + alerts + "],\"totalCount\":" + count + "}");
    if (offset == delayAtOffset) {
      response.withFixedDelay(10_000);
    }
    return response.build();
  }

  private static int intParam(QueryParameter p, int fallback) {
    return p.isPresent() ? Integer.parseInt(p.firstValue()) : fallback;
  }

  /** A JSON response that keeps the stub's own headers. */
  private static ResponseDefinitionBuilder json(ResponseDefinition stub, int status, String body) {
    return ResponseDefinitionBuilder.like(stub)
        .withStatus(status)
        .withHeader(ContentTypes.CONTENT_TYPE, "application/json")
        .withBody(body);
  }

  public static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  public static List<String> ids(int fromInclusive, int toExclusive) {
    return IntStream.range(fromInclusive, toExclusive)
        .mapToObj(AlertPages::id)
        .collect(Collectors.toList());
  }

  public static String alert(int n) {
    return "{\"id\":\""
        + id(n)
        + "\",\"displayId\":\"COT-"
        + (n + 1)
        + "\","
        + "\"organizationId\":\"7c67f3c6-cb58-481b-8978-bd41e0c84856\",\"organizationName\":\"acme-corp\","
        + "\"title\":\"Alert "
        + n
        + "\",\"description\":null,\"severity\":\"high\",\"status\":\"open\","
        + "\"source\":{\"category\":\"detection\",\"name\":\"cotool_detection\",\"triggerType\":null},"
        + "\"detection\":null,\"createdBy\":\"agent\",\"createdAt\":\"2025-11-21T14:07:12.481Z\","
        + "\"updatedAt\":\"2025-11-21T14:07:12.481Z\"}";
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }
}
