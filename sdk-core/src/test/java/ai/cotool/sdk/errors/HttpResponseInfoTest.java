package ai.cotool.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HttpResponseInfoTest {

  @Test
  void headers_areFoundInAnyCaseAndKeepEveryValueInOrder() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("X-Thing", List.of("a"));
    sent.put("x-thing", List.of("b"));
    sent.put("Other", List.of());
    HttpResponseInfo info = new HttpResponseInfo(200, sent, "");

    assertThat(info.header("X-THING")).hasValue("a");
    assertThat(info.headers().get("x-thing")).containsExactly("a", "b");
    assertThat(info.header("other")).isEmpty();
    assertThat(info.header("missing")).isEmpty();
  }

  @Test
  void requestId_prefersXRequestIdThenRequestId() {
    assertThat(response(Map.of("X-Request-Id", "req_1", "Request-Id", "req_2")).requestId())
        .hasValue("req_1");
    assertThat(response(Map.of("Request-Id", "req_2")).requestId()).hasValue("req_2");
    assertThat(response(Map.of()).requestId()).isEmpty();
  }

  @Test
  void nullBody_isEmptyAndToString_showsOnlyStatusAndLength() {
    assertThat(new HttpResponseInfo(204, Map.of(), null).body()).isEmpty();
    assertThat(new HttpResponseInfo(500, Map.of(), "secret-ish body"))
        .hasToString("HttpResponseInfo{status=500, bodyLength=15}");
  }

  private static HttpResponseInfo response(Map<String, String> headers) {
    Map<String, List<String>> multi = new TreeMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    return new HttpResponseInfo(200, multi, "");
  }
}
