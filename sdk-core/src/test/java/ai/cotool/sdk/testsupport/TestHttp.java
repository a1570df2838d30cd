package ai.cotool.sdk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.Sleeper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;

/**
 * What the HTTP tests share: clients on {@link SharedHttp#CLIENT} with a valid test key, and ways
 * to wait for futures and for an OkHttpClient's dispatcher.
 */
public final class TestHttp {
  public static final String API_KEY = "sk-test-0123456789abcdef";

  private TestHttp() {}

  /**
   * A builder for a client of {@code server} on the shared pool, with the default retries and
   * {@code sleeper}.
   */
  public static CotoolClient.Builder client(CountingServer server, Sleeper sleeper) {
    return CotoolClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.loopbackUrl())
        .httpClient(SharedHttp.CLIENT)
        .sleeper(sleeper);
  }

  /** A {@link #client} that never retries. */
  public static CotoolClient.Builder clientWithoutRetries(CountingServer server, Sleeper sleeper) {
    return client(server, sleeper).maxRetries(0);
  }

  /**
   * The exception a future failed with, as {@link CompletableFuture#get} reports it: the cause of
   * its {@link ExecutionException}. Fails the test if the future succeeds or does not complete
   * within 10 s.
   */
  public static Throwable failureOf(CompletableFuture<?> future) {
    try {
      Object value = future.get(10, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 10 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The value of a future that must succeed within 10 s. */
  public static <T> T valueOf(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 10 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * A latch released each time {@code http}'s dispatcher runs out of calls (running and queued):
   * OkHttp calls its idle callback after a call's callback has returned, so once it fires, whatever
   * the callback did (a retry enqueued synchronously, say) is visible.
   */
  public static CountDownLatch idleLatch(OkHttpClient http) {
    CountDownLatch idle = new CountDownLatch(1);
    http.dispatcher().setIdleCallback(idle::countDown);
    return idle;
  }

  public static void await(CountDownLatch latch, String what) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as(what).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Stops a test's own OkHttpClient: its dispatcher threads and pooled connections. */
  public static void shutDown(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
