/**
 * Test kit for code that uses the Cotool SDK: {@link ai.cotool.sdk.testkit.CotoolFake}, a stateful fake of the
 * Cotool API on a loopback port, and {@link ai.cotool.sdk.testkit.CotoolFakeExtension}, its JUnit 5 extension.
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
 * <p>Add it with test scope. It depends on the SDK, JUnit Jupiter's API and WireMock's standalone (shaded) jar, so
 * it brings no Jetty, Jackson or Guava onto your test classpath. Everything under {@code internal} is not API.
 */
package ai.cotool.sdk.testkit;
