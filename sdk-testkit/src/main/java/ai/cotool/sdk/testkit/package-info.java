/**
 * Test kit for code that uses the Cotool SDK: {@link ai.cotool.sdk.testkit.CotoolFake}, a stateful
 * fake of the Cotool API on a loopback port, and {@link ai.cotool.sdk.testkit.CotoolFakeExtension},
 * its JUnit 5 extension.
 *
 * <pre>{@code
 * class MyServiceTest {
 *   @RegisterExtension
 *   static final CotoolFakeExtension cotool = new CotoolFakeExtension();
 *
 *   @Test
 *   void retriesARateLimit(CotoolFake fake, CotoolClient client) {
 *     fake.failNext(Operation.LIST_ALERTS, FakeError.rateLimited());
 *     new MyService(client).syncAlerts();
 *     assertThat(fake.alertQueries()).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Add it with test scope. It depends on the SDK and JUnit Jupiter's API only: the fake serves
 * HTTP with the JDK's sockets, so it brings no HTTP server (no WireMock, Jetty or Jackson) onto
 * your test classpath, and your own WireMock tests run on the WireMock version you chose. Its API
 * hands out SDK and JDK types. Everything under {@code internal} is not API.
 */
package ai.cotool.sdk.testkit;
