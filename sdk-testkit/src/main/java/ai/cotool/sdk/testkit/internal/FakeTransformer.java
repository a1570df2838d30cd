package ai.cotool.sdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts WireMock to {@link FakeApi}: the one stub of the server matches every request and this transformer,
 * registered on that server only, turns the request into the fake's answer (status, headers, body, delay or
 * fault). Not API.
 */
public final class FakeTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "cotool-fake";

  private final FakeApi api;

  public FakeTransformer(FakeApi api) {
    this.api = api;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    IncomingRequest incoming = IncomingRequest.of(
        request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString());
    FakeResponse response = api.handle(incoming);
    ResponseDefinitionBuilder out = ResponseDefinitionBuilder.responseDefinition();
    if (!response.delay().isZero()) {
      out.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delay().toMillis()));
    }
    if (response.fault() != null) {
      return out.withFault(fault(response.fault())).build();
    }
    out.withStatus(response.status()).withBody(response.body());
    response.headers().forEach(out::withHeader);
    return out.build();
  }

  private static Fault fault(FakeResponse.NetworkFault fault) {
    switch (fault) {
      case EMPTY_RESPONSE:
        return Fault.EMPTY_RESPONSE;
      case MALFORMED_CHUNK:
        return Fault.MALFORMED_RESPONSE_CHUNK;
      case RANDOM_DATA_THEN_CLOSE:
        return Fault.RANDOM_DATA_THEN_CLOSE;
      default:
        return Fault.CONNECTION_RESET_BY_PEER;
    }
  }
}
