package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.SharedHttp;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the key may go: only over https, or plain http to this machine; never in a header broken by
 * a line break; never to another host by way of a redirect; never over http after an https
 * redirect.
 */
@ExtendWith(NoLeakedResponses.class)
class TransportSecurityTest {
  @RegisterExtension
  static final CountingServer api = CountingServer.create(options -> options.dynamicHttpsPort());

  @RegisterExtension static final CountingServer elsewhere = CountingServer.create();

  private static final String KEY = "sk-canary-7f3a9c1e5b2d4f6081a3";

  private static CotoolClient.Builder builder(String baseUrl) {
    return CotoolClient.builder().apiKey(KEY).baseUrl(baseUrl);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://app.cotool.ai",
        "http://example.com:8080",
        "http://10.0.0.5",
        "http://192.168.1.20:80",
        "http://0.0.0.0:8080",
        "http://localhost.example.com",
        "http://evil.localhost",
        "http://127.0.0.1.nip.io",
        "http://[::ffff:10.0.0.1]",
        "http://[fe80::1]"
      })
  void build_refusesPlainHttpToAHostThatIsNotLoopback(String baseUrl) {
    Throwable thrown = catchThrowable(() -> builder(baseUrl).build());

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Refusing to send the API key over plain http")
        .hasMessageNotContaining(KEY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://127.0.0.1:1",
        "http://127.0.0.2:9",
        "http://127.255.255.254",
        "http://[::1]:8080",
        "https://app.cotool.ai",
        "https://10.0.0.5:8443/base"
      })
  void build_acceptsHttpsAnywhere_andPlainHttpToLoopback(String baseUrl) {
    assertThatCode(() -> builder(baseUrl).build().close()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sk-abc\r\nX-Injected: 1",
        "sk-abc\n",
        "sk-abc\r",
        "sk abc",
        "sk-abc\t",
        "sk-ab\u00e9",
        "sk-abc\u0000"
      })
  void build_rejectsAKeyThatIsNotAValidHeaderValue(String key) {
    Throwable thrown =
        catchThrowable(
            () -> CotoolClient.builder().apiKey(key).baseUrl("https://app.cotool.ai").build());

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not allowed in an HTTP header")
        .hasMessageNotContaining("sk-ab");
  }

  @Test
  void build_rejectsCredentialsInTheBaseUrl_withoutRepeatingThem() {
    Throwable thrown = catchThrowable(() -> builder("https://admin:hunter2@app.cotool.ai").build());

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("hunter2");
    assertThat(builder("https://admin:hunter2@app.cotool.ai").toString()).doesNotContain("hunter2");
  }

  @Test
  void readRedirectedToAnotherHost_isFollowedWithoutTheKey() { // a create is never redirected:
    // HostileServerTest
    Operation operation = Operation.LIST_ALERTS;
    // api listens on 127.0.0.1; "localhost" with another port is another host to OkHttp
    String target = "http://localhost:" + elsewhere.getPort() + operation.path;
    operation.always(api, aResponse().withStatus(307).withHeader("Location", target));
    operation.always(elsewhere, operation.success());

    try (CotoolClient client =
        builder("http://127.0.0.1:" + api.getPort()).httpClient(SharedHttp.CLIENT).build()) {
      operation.assertResult(operation.call(client));
    }

    assertThat(api.getAllServeEvents())
        .singleElement()
        .satisfies(
            e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY));
    List<LoggedRequest> redirected =
        elsewhere.findAll(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertThat(redirected)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.getMethod().getName()).isEqualTo(operation.method);
              assertThat(request.containsHeader("Authorization"))
                  .as("Authorization sent to another host")
                  .isFalse();
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void redirectFromHttpsToHttp_isNeverFollowed(int status) throws Exception {
    String downgrade = "http://127.0.0.1:" + elsewhere.getPort() + "/api/alerts";
    Operation.LIST_ALERTS.always(
        api, aResponse().withStatus(status).withHeader("Location", downgrade));
    Operation.LIST_ALERTS.always(elsewhere, Operation.LIST_ALERTS.success());

    Throwable thrown;
    try (CotoolClient client =
        builder("https://localhost:" + api.getHttpsPort())
            .httpClient(trustingAnyCertificate())
            .sleeper(new RecordingSleeper())
            .build()) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(thrown).isInstanceOf(UnexpectedStatusCodeException.class);
    assertThat(((UnexpectedStatusCodeException) thrown).statusCode()).isEqualTo(status);
    assertThat(((UnexpectedStatusCodeException) thrown).headers().get("location"))
        .containsExactly(downgrade);
    assertThat(Operation.LIST_ALERTS.requestsSeen(api)).isEqualTo(1);
    assertThat(Operation.LIST_ALERTS.requestsSeen(elsewhere)).isZero();
  }

  /** WireMock's https port has a self-signed certificate: trust it, for this test only. */
  private static OkHttpClient trustingAnyCertificate() throws Exception {
    X509TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return SharedHttp.CLIENT
        .newBuilder()
        .sslSocketFactory(tls.getSocketFactory(), trustAll)
        .hostnameVerifier((host, session) -> true)
        .build();
  }
}
