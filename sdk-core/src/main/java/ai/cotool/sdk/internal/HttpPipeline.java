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
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends {@link ApiRequest}s: builds the HTTP request, applies the deadline, retries per {@link RetryPolicy},
 * reads bodies under a size cap, maps error statuses to exceptions and closes every response. Not API.
 */
public final class HttpPipeline {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final System.Logger LOG = System.getLogger("ai.cotool.sdk");

  private final ClientConfig config;
  private final OkHttpClient http;

  public HttpPipeline(ClientConfig config, OkHttpClient http) {
    this.config = config;
    this.http = http;
  }

  /** Marks, on the request it travels with, that the request reached an established connection. */
  static final class SendState {
    volatile boolean sent;
  }

  /** The network interceptor that flips {@link SendState}: installed on the client's OkHttpClient. */
  public static okhttp3.Interceptor sendTracker() {
    return chain -> {
      SendState state = chain.request().tag(SendState.class);
      if (state != null) {
        state.sent = true;
      }
      return chain.proceed(chain.request());
    };
  }

  /**
   * Sends the request and decodes a successful response.
   *
   * @param decode turns a 2xx response into the result; may throw {@link CotoolInvalidDataException}
   */
  public <T> T execute(ApiRequest request, RequestOptions options, Function<HttpResponseInfo, T> decode) {
    int maxRetries = options.maxRetries().orElse(config.maxRetries());
    Duration timeout = options.timeout().orElse(config.timeout());
    Instant deadline = config.clock().instant().plus(timeout);
    boolean idempotent = request.idempotent() || options.retryNonIdempotent();
    for (int attempt = 1; ; attempt++) {
      Duration remaining = Duration.between(config.clock().instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new CotoolTimeoutException(request.describe() + " timed out after " + timeout, null);
      }
      SendState state = new SendState();
      Call call = http.newCall(build(request, options, state));
      call.timeout().timeout(remaining.toNanos(), TimeUnit.NANOSECONDS);
      long started = System.nanoTime();
      CotoolException failure;
      Optional<Duration> delay;
      try (Response response = call.execute()) {
        HttpResponseInfo info = read(response);
        log(request, attempt, response.code(), started);
        if (response.isSuccessful()) {
          return decodeSuccess(info, decode);
        }
        failure = statusException(info);
        boolean retry = attempt <= maxRetries && RetryPolicy.retryableStatus(info.statusCode(), idempotent);
        delay = retry ? RetryPolicy.delay(attempt, info, config.clock()) : Optional.empty();
      } catch (IOException e) {
        boolean pastDeadline = !config.clock().instant().isBefore(deadline);
        if (pastDeadline || (e instanceof InterruptedIOException && call.isCanceled())) {
          throw new CotoolTimeoutException(request.describe() + " timed out after " + timeout, e);
        }
        failure = new CotoolIoException(request.describe() + " failed: " + describe(e), e);
        boolean retry = attempt <= maxRetries && RetryPolicy.retryableIo(state.sent, idempotent);
        delay = retry ? RetryPolicy.delay(attempt, null, config.clock()) : Optional.empty();
      }
      if (delay.isEmpty() || Duration.between(config.clock().instant(), deadline).compareTo(delay.get()) < 0) {
        throw failure;
      }
      logRetry(request, failure, delay.get());
      sleep(delay.get());
    }
  }

  private Request build(ApiRequest request, RequestOptions options, SendState state) {
    HttpUrl.Builder url = config.baseUrl().newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> param : request.query()) {
      url.addEncodedQueryParameter(QueryEncoding.encode(param.getKey()), QueryEncoding.encode(param.getValue()));
    }
    options.queryParams().forEach((name, value) ->
        url.addEncodedQueryParameter(QueryEncoding.encode(name), QueryEncoding.encode(value)));
    Request.Builder builder = new Request.Builder()
        .url(url.build())
        .tag(SendState.class, state)
        .header("Accept", "application/json")
        .header("User-Agent", config.userAgent());
    options.headers().forEach(builder::header);
    builder.header("Authorization", "Bearer " + config.apiKey());
    RequestBody body = request.jsonBody() != null ? RequestBody.create(request.jsonBody(), JSON)
        : request.method().equals("GET") ? null : RequestBody.create(new byte[0], null);
    return builder.method(request.method(), body).build();
  }

  private HttpResponseInfo read(Response response) throws IOException {
    ResponseBody body = response.body();
    String text = "";
    if (body != null) {
      BufferedSource source = body.source();
      if (source.request(config.maxResponseBytes() + 1)) {
        HttpResponseInfo partial = new HttpResponseInfo(response.code(), response.headers().toMultimap(), "");
        throw new CotoolInvalidDataException("Response body exceeds the client's limit of "
            + config.maxResponseBytes() + " bytes", null, partial);
      }
      MediaType type = body.contentType();
      Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      text = source.getBuffer().readString(charset);
    }
    return new HttpResponseInfo(response.code(), response.headers().toMultimap(), text);
  }

  private <T> T decodeSuccess(HttpResponseInfo info, Function<HttpResponseInfo, T> decode) {
    try {
      return decode.apply(info);
    } catch (CotoolInvalidDataException e) {
      throw e.response().isPresent() ? e : new CotoolInvalidDataException(e.getMessage(), e.getCause(), info);
    }
  }

  /** The exception for an error status. */
  public static CotoolServiceException statusException(HttpResponseInfo info) {
    int status = info.statusCode();
    switch (status) {
      case 400: return new BadRequestException(info);
      case 401: return new UnauthorizedException(info);
      case 403: return new PermissionDeniedException(info);
      case 404: return new NotFoundException(info);
      case 409: return new ConflictException(info);
      case 422: return new UnprocessableEntityException(info);
      case 429: return new RateLimitException(info);
      default:
        return status >= 500 ? new InternalServerException(info) : new UnexpectedStatusCodeException(info);
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

  private static void logRetry(ApiRequest request, CotoolException failure, Duration delay) {
    LOG.log(System.Logger.Level.DEBUG, () -> request.describe() + " failed (" + failure.getMessage()
        + "); retrying in " + delay.toMillis() + " ms");
  }

  private static void log(ApiRequest request, int attempt, int status, long startedNanos) {
    LOG.log(System.Logger.Level.DEBUG, () -> request.describe() + " -> " + status + " in "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos) + " ms (attempt " + attempt + ")");
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
