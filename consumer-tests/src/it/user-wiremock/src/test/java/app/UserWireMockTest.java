package app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.testkit.CotoolFake;
import ai.cotool.sdk.testkit.CotoolFakeExtension;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserWireMockTest {
  @RegisterExtension
  static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  @Test
  void theUsersWireMockIsTheOneOnTheClassPath() {
    assertThat(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith("/wiremock-" + System.getProperty("expected.wiremock") + ".jar");
    assertThatThrownBy(() -> Class.forName("wiremock.org.eclipse.jetty.server.Server")) // the standalone's Jetty
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void bothServeSideBySide(CotoolFake fake, CotoolClient client) throws Exception {
    WireMockServer mine = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    mine.start();
    try {
      mine.stubFor(get("/ping").willReturn(ok("pong")));
      HttpResponse<String> pong = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(mine.baseUrl() + "/ping")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(pong.body()).isEqualTo("pong");
      assertThat(client.alerts().list(AlertListParams.builder().limit(3).build()).alerts()).hasSize(3);
    } finally {
      mine.stop();
    }
  }
}
