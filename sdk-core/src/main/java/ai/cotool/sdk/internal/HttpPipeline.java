package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.ConflictException;
import ai.cotool.sdk.errors.CotoolException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.errors.UnprocessableEntityException;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends {@link ApiRequest}s: builds the HTTP request, applies the deadline, retries per {@link
 * RetryPolicy}, reads bodies under a size cap, maps error statuses to exceptions and closes every
 * response. Not API.
 */
public final class HttpPipeline {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final System.Logger LOG = System.getLogger("ai.cotool.sdk");

  /**
   * The longest deadline kept: a longer one (up to {@code Duration}'s maximum) means the same in
   * practice.
   */
  static final Duration MAX_TIMEOUT = Duration.ofDays(365L * 200);

  /**
   * How far past the size cap a cut body is read: more than the longest encoded form of any key.
   */
  private static final long REDACTION_LOOKAHEAD = 16 * 1024;

  private final ClientConfig config;
  private final OkHttpClient http;
  private final Redactor redactor;

  public HttpPipeline(ClientConfig config, OkHttpClient http) {
    this.config = config;
    this.http = http;
    this.redactor = config.redactor();
  }

  /**
   * Sends the request and decodes a successful response, blocking. Every attempt, and every wait
   * between attempts, counts against one deadline; when the next wait would end past it, the last
   * failure is thrown without waiting.
   *
   * @param decode turns a 2xx response into the result; may throw {@link
   *     CotoolInvalidDataException}
   */
  public <T> T execute(ApiRequest request, RequestOptions options, Function<Received, T> decode) {
    Exchange<T> exchange = new Exchange<>(request, options, decode);
    for (int attempt = 1; ; attempt++) {
      Call call = exchange.newCall();
      Step<T> step;
      try (Response response = call.execute()) {
        step = exchange.onResponse(attempt, response);
      } catch (IOException e) {
        step = exchange.onFailure(attempt, call, e);
      } catch (CotoolException e) {
        throw e;
      } catch (RuntimeException e) { // thrown by an interceptor of a client the caller passed in
        step = exchange.onFailure(attempt, call, new IOException("an interceptor failed", e));
      }
      if (step.delay == null) {
        return step.result();
      }
      sleep(step.delay);
    }
  }

  /**
   * The same as {@link #execute}, without blocking: the call is enqueued on OkHttp's dispatcher and
   * waits between attempts are scheduled by the client's {@link ai.cotool.sdk.Sleeper#sleepAsync}.
   * The deadline is kept in real time whatever holds the call up (OkHttp's queue, a wait that
   * overruns). Cancelling the returned future cancels the call in flight or the pending wait, and
   * no further attempt is made.
   */
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, Function<Received, T> decode) {
    return new AsyncRun<>(new Exchange<>(request, options, decode)).start();
  }

  /**
   * One async call across its attempts: the future it completes, the HTTP call or the wait in
   * progress, and a timer for the deadline. The timer is an Okio {@link AsyncTimeout}, so it runs
   * on the watchdog thread OkHttp already uses for its own timeouts, and it hands the failure to
   * OkHttp's dispatcher so that no caller's callback runs on that watchdog.
   */
  private final class AsyncRun<T> {
    private final Exchange<T> exchange;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicReference<Call> inFlight = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Void>> waiting = new AtomicReference<>();
    private final AsyncTimeout deadline =
        new AsyncTimeout() {
          @Override
          protected void timedOut() {
            expire();
          }
        };
    private volatile boolean expired;

    AsyncRun(Exchange<T> exchange) {
      this.exchange = exchange;
    }

    // whenComplete registers a callback; what it does is reported through the futures it completes
    @SuppressWarnings("FutureReturnValueIgnored")
    CompletableFuture<T> start() {
      deadline.timeout(exchange.timeout.toNanos(), TimeUnit.NANOSECONDS);
      deadline.enter();
      result.whenComplete((value, error) -> stop());
      attempt(1);
      return result;
    }

    /**
     * Runs once the result is settled: the timer is done with, and a cancel or expiry stops what is
     * in progress.
     */
    private void stop() {
      deadline.exit();
      if (!result.isCancelled() && !expired) {
        return; // settled by the call itself: nothing is in progress
      }
      exchange.abandoned = true;
      Call call = inFlight.get();
      if (call != null) {
        call.cancel();
      }
      CompletableFuture<Void> wait = waiting.get();
      if (wait != null) {
        wait.cancel(false);
      }
    }

    /**
     * The deadline passed, wherever the call is: queued, in flight or waiting to retry. The call is
     * cancelled at once (a queued call then never starts, and {@link Attempt} refuses to send one
     * that already did); the future is failed on the dispatcher, so that no caller's callback runs
     * on the timer's thread.
     */
    private void expire() {
      expired = true;
      exchange.abandoned = true;
      Call call = inFlight.get();
      if (call != null) {
        call.cancel();
      }
      Runnable fail =
          () -> {
            if (!result.isDone()) {
              result.completeExceptionally(exchange.timedOut(exchange.lastFailure));
            }
          };
      try {
        http.dispatcher().executorService().execute(fail);
      } catch (RejectedExecutionException closed) {
        fail.run();
      }
    }

    private void attempt(int attempt) {
      if (result.isDone()) {
        return; // cancelled or expired while waiting to retry
      }
      Call call;
      try {
        call = exchange.newCall();
      } catch (CotoolException e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight.set(call);
      if (result.isDone()) {
        return; // settled meanwhile: never sent
      }
      call.enqueue(
          new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
              proceed(attempt, exchange.onFailure(attempt, failed, e));
            }

            @Override
            public void onResponse(Call answered, Response response) {
              Step<T> step;
              try (response) {
                step = exchange.onResponse(attempt, response);
              } catch (IOException e) {
                step = exchange.onFailure(attempt, answered, e);
              } catch (CotoolException e) {
                step = Step.failed(e);
              } catch (RuntimeException e) {
                step =
                    exchange.onFailure(
                        attempt, answered, new IOException("reading the response failed", e));
              }
              proceed(attempt, step);
            }
          });
    }

    /** Completes the result, or waits (without a thread) and makes the next attempt. */
    // whenComplete registers a callback; what it does is reported through the futures it completes
    @SuppressWarnings("FutureReturnValueIgnored")
    private void proceed(int attempt, Step<T> step) {
      if (step.delay == null) {
        if (step.failure != null) {
          result.completeExceptionally(step.failure);
        } else {
          result.complete(step.value);
        }
        return;
      }
      CompletableFuture<Void> wait;
      try {
        wait =
            Objects.requireNonNull(
                config.sleeper().sleepAsync(step.delay), "Sleeper.sleepAsync returned null");
      } catch (
          RuntimeException
              e) { // as the blocking call, which lets what Sleeper.sleep throws propagate
        result.completeExceptionally(e);
        return;
      }
      waiting.set(wait);
      if (result.isDone()) {
        wait.cancel(false);
        return;
      }
      wait.whenComplete(
          (ignored, error) -> {
            if (result.isDone()) {
              return; // cancelled or expired during the wait
            }
            if (error != null) {
              result.completeExceptionally(
                  new CotoolIoException("Interrupted while waiting to retry", error));
            } else {
              attempt(attempt + 1);
            }
          });
    }
  }

  /**
   * What one attempt led to: a result, a failure to surface, or a failure to retry after {@code
   * delay}.
   */
  private static final class Step<T> {
    final @Nullable T value;
    final @Nullable CotoolException failure;
    final @Nullable Duration delay;

    private Step(@Nullable T value, @Nullable CotoolException failure, @Nullable Duration delay) {
      this.value = value;
      this.failure = failure;
      this.delay = delay;
    }

    static <T> Step<T> done(T value) {
      return new Step<>(value, null, null);
    }

    static <T> Step<T> failed(CotoolException failure) {
      return new Step<>(null, failure, null);
    }

    static <T> Step<T> retry(CotoolException failure, Duration delay) {
      return new Step<>(null, failure, delay);
    }

    T result() {
      if (failure != null) {
        throw failure;
      }
      // a step without a failure was made by done(value), from what a decoder returned
      return Objects.requireNonNull(value, "the decoder returned null");
    }
  }

  /**
   * One call across its attempts: its deadline, retry budget and decisions, shared by both ways of
   * sending.
   */
  private final class Exchange<T> {
    final ApiRequest request;
    final RequestOptions options;
    final Function<Received, T> decode;
    final int maxRetries;
    final Duration timeout;
    final Instant deadline;
    final boolean idempotent;
    volatile @Nullable CotoolException lastFailure; // read by the async deadline's timer
    volatile boolean
        abandoned; // an async call cancelled or expired: its result is settled, nothing more is
    // tried
    @Nullable Attempt attempt; // made by newCall(), which comes before onResponse and onFailure
    long startedNanos;

    Exchange(ApiRequest request, RequestOptions options, Function<Received, T> decode) {
      this.request = request;
      this.options = options;
      this.decode = decode;
      this.maxRetries = options.maxRetries().orElse(config.maxRetries());
      Duration asked = options.timeout().orElse(config.timeout());
      this.timeout =
          asked.compareTo(MAX_TIMEOUT) > 0
              ? MAX_TIMEOUT
              : asked; // beyond it, nanos and instants overflow
      this.deadline = config.clock().instant().plus(timeout);
      this.idempotent = request.idempotent() || options.retryNonIdempotent();
    }

    /** The next attempt's call, bounded by what is left of the deadline. */
    Call newCall() {
      Duration remaining = Duration.between(config.clock().instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw timedOut(lastFailure);
      }
      attempt = new Attempt(config.clock(), deadline, config.baseUrl());
      Call call = http.newCall(build(request, options, attempt));
      // covers connecting, sending and reading the whole body: a server that dribbles bytes is cut
      // off here
      call.timeout().timeout(remaining.toNanos(), TimeUnit.NANOSECONDS);
      WatchdogAnchor.arm();
      startedNanos = System.nanoTime();
      return call;
    }

    Step<T> onResponse(int number, Response response) throws IOException {
      Received received = read(response, sentAttempt());
      log(request, number, response.code(), startedNanos);
      if (response.isSuccessful()) {
        return Step.done(decodeSuccess(request, received, decode));
      }
      HttpResponseInfo info = received.info();
      CotoolServiceException failure =
          response.isRedirect()
              ? notFollowed(request, info)
              : statusException(info, config.clock());
      lastFailure = failure;
      boolean retry =
          number <= maxRetries && RetryPolicy.retryableStatus(info.statusCode(), idempotent);
      return next(
          failure, retry ? RetryPolicy.delay(number, info, config.clock()) : Optional.empty());
    }

    /**
     * A timeout when the deadline passed (the call's own timer cancels it with an {@link
     * InterruptedIOException}); any other failure, a cancellation by OkHttp itself included, is an
     * I/O failure.
     */
    Step<T> onFailure(int number, Call call, IOException e) {
      boolean timerFired = call.isCanceled() && e instanceof InterruptedIOException;
      if (abandoned || timerFired || !config.clock().instant().isBefore(deadline)) {
        return Step.failed(timedOut(e));
      }
      CotoolIoException failure =
          new CotoolIoException(
              request.describe() + " failed: " + redactor.describe(e), redactor.scrub(e));
      lastFailure = failure;
      boolean retry =
          number <= maxRetries
              && !Thread.currentThread().isInterrupted()
              && RetryPolicy.retryableIo(sentAttempt().sent, idempotent);
      return next(
          failure, retry ? RetryPolicy.delay(number, null, config.clock()) : Optional.empty());
    }

    private Attempt sentAttempt() {
      return Objects.requireNonNull(attempt, "an attempt is made by newCall() before it is sent");
    }

    /**
     * No retry allowed, a server hint longer than we wait, or a wait that would end past the
     * deadline: surface.
     */
    private Step<T> next(CotoolException failure, Optional<Duration> delay) {
      if (delay.isEmpty()
          || Duration.between(config.clock().instant(), deadline).compareTo(delay.get()) < 0) {
        return Step.failed(failure);
      }
      logRetry(request, failure, delay.get());
      return Step.retry(failure, delay.get());
    }

    private CotoolTimeoutException timedOut(@Nullable Throwable cause) {
      return new CotoolTimeoutException(
          request.describe() + " timed out after " + timeout, redactor.scrub(cause));
    }
  }

  private Request build(ApiRequest request, RequestOptions options, Attempt attempt) {
    HttpUrl.Builder url = config.baseUrl().newBuilder();
    for (String segment : request.pathSegments()) {
      url.addEncodedPathSegment(
          PathTemplate.encodeSegment(segment)); // one segment, whatever the text holds
    }
    for (Map.Entry<String, String> param : request.query()) {
      url.addEncodedQueryParameter(
          QueryEncoding.encode(param.getKey()), QueryEncoding.encode(param.getValue()));
    }
    options
        .queryParams()
        .forEach(
            (name, value) -> // never one of the operation's own: see ApiRequest
            url.addEncodedQueryParameter(QueryEncoding.encode(name), QueryEncoding.encode(value)));
    Request.Builder builder =
        new Request.Builder()
            .url(url.build())
            .tag(Attempt.class, attempt)
            .header("Accept", "application/json")
            .header("User-Agent", config.userAgent());
    options.headers().forEach(builder::header);
    builder.header("Authorization", "Bearer " + config.apiKey());
    String json = request.jsonBody();
    RequestBody body =
        json != null
            ? oneShot(json.getBytes(StandardCharsets.UTF_8), JSON)
            : request.method().equals("GET") ? null : oneShot(new byte[0], null);
    return builder.method(request.method(), body).build();
  }

  /**
   * A body OkHttp never sends twice: whether a request is sent again is the pipeline's decision
   * alone.
   */
  private static RequestBody oneShot(byte[] bytes, @Nullable MediaType type) {
    return new RequestBody() {
      @Override
      public @Nullable MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return bytes.length;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        sink.write(bytes);
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
  }

  /**
   * A response whose body was read whole (an error body: at most {@code maxResponseBytes} of it),
   * valid until the response is closed. A success is decoded straight from the body's bytes; the
   * body becomes text only when something keeps it (an exception, a raw response), so the common
   * call never holds a second copy of it.
   */
  public static final class Received {
    private static final long SMALL_BODY_BYTES = 4096;

    private final Response response;
    private final Attempt attempt;
    private final Redactor redactor;
    private final Buffer body;
    private final long length;
    private final Charset charset;
    private @Nullable String text; // read on first use
    private @Nullable HttpResponseInfo info; // built on first use

    private Received(
        Response response,
        Attempt attempt,
        Redactor redactor,
        Buffer body,
        long length,
        Charset charset) {
      this.response = response;
      this.attempt = attempt;
      this.redactor = redactor;
      this.body = body;
      this.length = length;
      this.charset = charset;
    }

    /**
     * @return the body's text, read from its bytes without consuming them; a small body (or one cut
     *     at the cap) is read as text, which costs less than the 8 KB buffer of a decoder
     */
    public Reader reader() {
      return length <= SMALL_BODY_BYTES || length != body.size()
          ? new StringReader(text())
          : new InputStreamReader(body.peek().inputStream(), charset);
    }

    /**
     * @return the body's text, as received (the key is blanked out only of what {@link #info()}
     *     keeps)
     */
    public String text() {
      if (text != null) {
        return text;
      }
      return text = read(length);
    }

    /**
     * @return status, headers (as the server sent them) and body text, built on first use, with the
     *     API key blanked out wherever the server echoed it: this is what exceptions and raw
     *     responses keep and show
     */
    public HttpResponseInfo info() {
      if (info == null) {
        String kept =
            length == body.size()
                ? text()
                : redactor.redactPrefix(read(body.size()), text().length());
        info =
            redactor.redact(
                new HttpResponseInfo(response.code(), attempt.restore(response.headers()), kept));
      }
      return info;
    }

    private String read(long bytes) {
      try {
        return body.peek().readString(bytes, charset);
      } catch (IOException e) { // a Buffer does no I/O
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads the whole body, at most {@code maxResponseBytes} of it. A success body larger than that
   * is an error: it is what the caller asked for, and it would be incomplete. An error body only
   * explains the status, so it is cut at the cap and the status decides what happens.
   */
  private Received read(Response response, Attempt attempt) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new Received(response, attempt, redactor, new Buffer(), 0, StandardCharsets.UTF_8);
    }
    long max = config.maxResponseBytes();
    if (response.isSuccessful()
        && body.contentLength() > max) { // announced too large: not read at all
      throw tooLarge(
          new Received(response, attempt, redactor, new Buffer(), 0, StandardCharsets.UTF_8)
              .info());
    }
    BufferedSource source = body.source();
    boolean overCap =
        source.request(max == Long.MAX_VALUE ? max : max + 1) && max != Long.MAX_VALUE;
    if (overCap && max < Long.MAX_VALUE - REDACTION_LOOKAHEAD) {
      try { // past the cap too, so that a key the cut would split is still recognised and blanked
        source.request(max + REDACTION_LOOKAHEAD);
      } catch (IOException unreadable) {
        // what was read is kept
      }
    }
    Buffer buffer = source.getBuffer();
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    Received received =
        new Received(response, attempt, redactor, buffer, Math.min(buffer.size(), max), charset);
    if (overCap && response.isSuccessful()) {
      throw tooLarge(received.info());
    }
    return received;
  }

  private CotoolInvalidDataException tooLarge(HttpResponseInfo info) {
    return new CotoolInvalidDataException(
        "Response body exceeds the client's limit of "
            + config.maxResponseBytes()
            + " bytes (maxResponseBytes)",
        null,
        info);
  }

  /**
   * Every failure to decode a 2xx response becomes a {@link CotoolInvalidDataException} that keeps
   * the response.
   */
  private <T> T decodeSuccess(ApiRequest request, Received received, Function<Received, T> decode) {
    try {
      return decode.apply(received);
    } catch (
        CotoolInvalidDataException
            e) { // its message and cause may quote the body: scrubbed of the key
      CotoolInvalidDataException withResponse =
          new CotoolInvalidDataException(
              shorten(
                  redactor.redact(
                      Objects.requireNonNull(
                          e.getMessage(), "the SDK's CotoolInvalidDataException has a message"))),
              redactor.scrub(e.getCause()),
              redactor.redact(e.response().orElse(received.info())));
      withResponse.setStackTrace(e.getStackTrace());
      throw withResponse;
    } catch (CotoolException e) {
      throw e;
    } catch (RuntimeException
        | StackOverflowError e) { // JSON nested deeper than the parser's limit, if any
      throw new CotoolInvalidDataException(
          "Response to "
              + request.describe()
              + " could not be read ("
              + e.getClass().getSimpleName()
              + ")",
          redactor.scrub(e),
          received.info());
    }
  }

  /**
   * A message cut to a readable length, after it was redacted (a cut first could split the key).
   */
  private static String shorten(String message) {
    return message == null || message.length() <= 500 ? message : message.substring(0, 500) + "…";
  }

  /**
   * A redirect the client did not follow: a write is never redirected, a read only where a base URL
   * may point.
   */
  private static CotoolServiceException notFollowed(ApiRequest request, HttpResponseInfo info) {
    String location = info.header("location").orElse("(no Location header)");
    String reason =
        request.idempotent()
            ? "a read follows redirects only within its scheme, to https or (from a loopback base URL) to loopback"
            : "a "
                + request.method()
                + " is never re-sent to another URL nor turned into a GET; the server may or may"
                + " not have acted on it";
    return new UnexpectedStatusCodeException(
        info,
        "HTTP "
            + info.statusCode()
            + ": redirect of "
            + request.describe()
            + " to "
            + location
            + " not followed: "
            + reason);
  }

  /** The exception for an error status; {@code clock} measures an HTTP-date retry hint. */
  public static CotoolServiceException statusException(HttpResponseInfo info, Clock clock) {
    int status = info.statusCode();
    switch (status) {
      case 400:
        return new BadRequestException(info);
      case 401:
        return new UnauthorizedException(info);
      case 403:
        return new PermissionDeniedException(info);
      case 404:
        return new NotFoundException(info);
      case 409:
        return new ConflictException(info);
      case 422:
        return new UnprocessableEntityException(info);
      case 429:
        return new RateLimitException(info, clock);
      default:
        return status >= 500 && status <= 599
            ? new InternalServerException(info)
            : new UnexpectedStatusCodeException(info);
    }
  }

  private void sleep(Duration delay) {
    try {
      config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CotoolIoException("Interrupted while waiting to retry", e);
    }
  }

  private void logRetry(ApiRequest request, CotoolException failure, Duration delay) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            request.describe()
                + " failed ("
                + summary(failure)
                + "); retrying in "
                + delay.toMillis()
                + " ms");
  }

  /**
   * The failure's kind, and its status for a status error: never a body, which may echo secrets.
   */
  private String summary(CotoolException failure) {
    return failure instanceof CotoolServiceException
        ? "HTTP " + ((CotoolServiceException) failure).statusCode()
        : failure.getCause() == null
            ? failure.getClass().getSimpleName()
            : redactor.describe(failure.getCause());
  }

  private static void log(ApiRequest request, int attempt, int status, long startedNanos) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            request.describe()
                + " -> "
                + status
                + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos)
                + " ms (attempt "
                + attempt
                + ")");
  }
}
