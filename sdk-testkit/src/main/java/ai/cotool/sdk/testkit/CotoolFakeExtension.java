package ai.cotool.sdk.testkit;

import ai.cotool.sdk.CotoolClient;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link CotoolFake}: started once, reset before every test, stopped
 * when the scope that started it ends, and injected as a test (or lifecycle) parameter of type
 * {@link CotoolFake} or {@link CotoolClient}.
 *
 * <pre>{@code
 * class AlertSyncTest {
 *   @RegisterExtension
 *   static final CotoolFakeExtension cotool = new CotoolFakeExtension();
 *
 *   @Test
 *   void syncsOpenAlerts(CotoolFake fake, CotoolClient client) {
 *     fake.alerts().generate(50);
 *     new AlertSync(client).run();
 *     assertThat(fake.alertQueries()).isNotEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>Each extension instance has its own fake and no static state. In a {@code static} field the
 * fake is shared by the tests of the class (started before all, stopped after all), so tests of
 * that class should not run concurrently with each other. For concurrent test methods, register the
 * extension in an instance field: with JUnit's default per-method lifecycle every test then gets
 * its own fake, started before and stopped after it. {@link WithCotoolFake} registers one
 * declaratively.
 *
 * <p>The reset before each test also undoes what a {@code @BeforeAll} method did to the fake; state
 * every test needs belongs in {@link #withSetup(Consumer)}.
 */
public final class CotoolFakeExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CotoolFakeExtension.class);

  private final CotoolFake.Builder builder;
  private final Consumer<CotoolFake> setup;
  private final Object lock = new Object();
  private @Nullable CotoolFake fake; // while a scope has it running

  /** An extension whose fake has the default data set. */
  public CotoolFakeExtension() {
    this(CotoolFake.builder(), f -> {});
  }

  private CotoolFakeExtension(CotoolFake.Builder builder, Consumer<CotoolFake> setup) {
    this.builder = builder;
    this.setup = setup;
  }

  /**
   * @param builder how to start the fake (its initial data set)
   * @return an extension starting fakes from that builder
   */
  public static CotoolFakeExtension from(CotoolFake.Builder builder) {
    return new CotoolFakeExtension(Objects.requireNonNull(builder, "builder"), f -> {});
  }

  /**
   * Adds a setup applied after every reset, before each test: state the tests share (trigger
   * outcomes, a particular alert data set).
   *
   * <pre>{@code
   * @RegisterExtension
   * static final CotoolFakeExtension cotool = new CotoolFakeExtension()
   *     .withSetup(fake -> fake.triggers().fail(DISABLED_TRIGGER, "Trigger is disabled"));
   * }</pre>
   *
   * @param setup applied to the fake before each test
   * @return a new extension with this setup after any earlier one
   */
  public CotoolFakeExtension withSetup(Consumer<CotoolFake> setup) {
    Objects.requireNonNull(setup, "setup");
    return new CotoolFakeExtension(builder, this.setup.andThen(setup));
  }

  /**
   * The running fake of this extension, for tests that prefer the field to a parameter.
   *
   * @return the running fake
   * @throws IllegalStateException before JUnit started it (before the first lifecycle callback of
   *     its scope)
   */
  public CotoolFake fake() {
    synchronized (lock) {
      if (fake == null) {
        throw new IllegalStateException(
            "The Cotool fake is not running: register the extension with"
                + " @RegisterExtension and use it from a test, a lifecycle method, or a parameter");
      }
      return fake;
    }
  }

  /**
   * @return a client for the fake: {@code fake().client()}
   */
  public CotoolClient client() {
    return fake().client();
  }

  /**
   * @return the fake's base URL: {@code fake().baseUrl()}
   */
  public String baseUrl() {
    return fake().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ensureStarted(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    CotoolFake running = ensureStarted(context);
    running.reset();
    setup.accept(running);
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == CotoolFake.class || type == CotoolClient.class;
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext)
      throws ParameterResolutionException {
    CotoolFake running = ensureStarted(extensionContext);
    return parameterContext.getParameter().getType() == CotoolFake.class
        ? running
        : running.client();
  }

  /** Starts the fake in the given scope; JUnit stops it when that scope ends. */
  private CotoolFake ensureStarted(ExtensionContext context) {
    synchronized (lock) {
      if (fake == null) {
        CotoolFake started = builder.start();
        setup.accept(started);
        fake = started;
        context.getStore(NAMESPACE).put(this, new Stopper(started));
      }
      return fake;
    }
  }

  /**
   * Stops the fake when the scope that started it closes, and forgets it so that a later scope
   * starts anew. Both interfaces, so that JUnit versions before and after 5.13 close it.
   */
  @SuppressWarnings(
      "deprecation") // CloseableResource: deprecated since JUnit 5.13, the only one before it
  private final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final CotoolFake started;

    Stopper(CotoolFake started) {
      this.started = started;
    }

    @Override
    public void close() {
      synchronized (lock) {
        if (fake == started) {
          fake = null;
        }
      }
      started.close();
    }
  }
}
