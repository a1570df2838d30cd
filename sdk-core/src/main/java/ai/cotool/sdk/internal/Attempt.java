package ai.cotool.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One HTTP attempt, carried as its OkHttp request's tag, and the two interceptors that keep OkHttp
 * from deciding anything the pipeline decides. Not API.
 *
 * <p>OkHttp re-sends a request on its own in a few cases that {@code
 * retryOnConnectionFailure(false)} does not govern: a {@code 503} with {@code Retry-After: 0}, a
 * {@code 401} with an authenticator, a {@code 421} on a coalesced connection, and redirects. The
 * SDK turns each off by construction: bodies of non-idempotent requests are one-shot (OkHttp never
 * re-sends those), the client has no authenticator, and the {@link #networkInterceptor()} hides
 * from OkHttp's follow-up logic the {@code Retry-After} of every response (OkHttp's own parsing of
 * it also overflows) and the {@code Location} of a redirect that breaks the transport rule. What it
 * hides is given back to the pipeline ({@link #restore}), so callers see the headers as sent.
 */
final class Attempt {
  private static final List<String> HIDDEN = List.of("Retry-After", "Location");
  private static final Headers NOTHING = Headers.of();

  private final Clock clock;
  private final Instant deadline;
  private final boolean loopbackBase;
  volatile boolean sent;

  /** What the interceptor took out of the last response OkHttp saw, to put back. */
  private volatile Headers hidden = NOTHING;

  Attempt(Clock clock, Instant deadline, HttpUrl baseUrl) {
    this.clock = clock;
    this.deadline = deadline;
    this.loopbackBase = !baseUrl.isHttps();
  }

  /**
   * Runs on every network request, once a connection is established and before a byte of the
   * request is written: a request whose deadline passed while it waited (in the dispatcher's queue,
   * connecting) is never sent.
   */
  static Interceptor networkInterceptor() {
    return chain -> {
      Attempt attempt = chain.request().tag(Attempt.class);
      if (attempt == null) {
        return chain.proceed(chain.request());
      }
      if (!attempt.clock.instant().isBefore(attempt.deadline)) {
        throw new InterruptedIOException("deadline passed before the request was sent");
      }
      attempt.sent = true;
      return attempt.hideFollowUps(chain.proceed(chain.request()));
    };
  }

  /**
   * Runs around OkHttp's whole call: a {@link RuntimeException} thrown inside it (OkHttp's own
   * failures on malformed input, such as two interim 1xx responses) becomes an {@link IOException},
   * so it reaches the pipeline as a failed attempt instead of escaping to the caller or killing a
   * dispatcher thread.
   */
  static Interceptor applicationInterceptor() {
    return chain -> {
      try {
        return chain.proceed(chain.request());
      } catch (RuntimeException e) {
        throw new IOException(
            "the HTTP client failed on the response (" + e.getClass().getSimpleName() + ")", e);
      }
    };
  }

  private Response hideFollowUps(Response response) {
    if (response.header("Retry-After") == null
        && !response.isRedirect()) { // the common case: nothing to hide
      hidden = NOTHING;
      return response;
    }
    Headers.Builder hide = new Headers.Builder();
    Response.Builder kept = response.newBuilder();
    for (String name : HIDDEN) {
      List<String> values = response.headers(name);
      if (!values.isEmpty() && (name.equals("Retry-After") || !mayFollow(response))) {
        values.forEach(value -> hide.addUnsafeNonAscii(name, value));
        kept.removeHeader(name);
      }
    }
    hidden = hide.build();
    return hidden.size() == 0 ? response : kept.build();
  }

  /**
   * Redirects are followed for reads only (OkHttp would turn a POST answered with 301-303 into a
   * GET), without a change of scheme, and only to where a base URL could point.
   */
  private boolean mayFollow(Response response) {
    Request request = response.request();
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    return request.method().equals("GET")
        && target != null
        && target.scheme().equals(request.url().scheme())
        && mayReach(target);
  }

  /**
   * The base URL's rule for every hop: https, or plain http to loopback from a loopback base URL.
   */
  boolean mayReach(HttpUrl url) {
    return url.isHttps() || loopbackBase && ClientFactory.isLoopback(url.host());
  }

  /**
   * @return the response's headers with what the interceptor hid from OkHttp put back
   */
  Map<String, List<String>> restore(Headers headers) {
    Headers current = hidden;
    return current.size() == 0
        ? headers.toMultimap()
        : headers.newBuilder().addAll(current).build().toMultimap();
  }
}
