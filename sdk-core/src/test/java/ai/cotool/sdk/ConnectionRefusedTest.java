package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.SharedHttp;
import ai.cotool.sdk.testsupport.TestHttp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection that cannot be established proves the server never saw the request: both reads and
 * creates are retried. The attempts are counted by OkHttp's event listener and by the waits between
 * them.
 */
class ConnectionRefusedTest {
  private static int closedPort;

  private final AtomicInteger connectAttempts = new AtomicInteger();
  private final AtomicInteger connectFailures = new AtomicInteger();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeAll
  static void findAClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
  }

  private CotoolClient client(int maxRetries) {
    OkHttpClient counting =
        SharedHttp.CLIENT
            .newBuilder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                    connectAttempts.incrementAndGet();
                  }

                  @Override
                  public void connectFailed(
                      Call call,
                      InetSocketAddress address,
                      Proxy proxy,
                      Protocol protocol,
                      IOException e) {
                    connectFailures.incrementAndGet();
                  }
                })
            .build();
    return CotoolClient.builder()
        .apiKey(TestHttp.API_KEY)
        .baseUrl("http://127.0.0.1:" + closedPort)
        .httpClient(counting)
        .sleeper(sleeper)
        .maxRetries(maxRetries)
        .build();
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void connectionRefused_isRetriedForReadsAndCreates(Operation operation) {
    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> operation.call(client));
    }

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasRootCauseInstanceOf(ConnectException.class);
    assertThat(connectAttempts).hasValue(3);
    assertThat(connectFailures).hasValue(3);
    FaultInjectionTest.assertBackoff(sleeper.delays());
  }

  @Test
  void connectionRefused_respectsPerRequestMaxRetries() {
    try (CotoolClient client = client(2)) {
      Throwable unused =
          catchThrowable(
              () ->
                  Operation.CREATE_DETECTION.call(
                      client, RequestOptions.builder().maxRetries(5).build()));
    }

    assertThat(connectAttempts).hasValue(6);
    assertThat(sleeper.delays()).hasSize(5);
  }
}
