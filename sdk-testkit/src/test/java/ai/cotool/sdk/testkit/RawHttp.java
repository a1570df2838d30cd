package ai.cotool.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP to the fake, for what the SDK would refuse to send (malformed ids, out-of-range
 * limits, no key).
 */
final class RawHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RawHttp() {}

  record Response(int status, String body) {}

  static Response get(CotoolFake fake, String pathAndQuery) {
    return send(fake, HttpRequest.newBuilder().GET(), pathAndQuery, "Bearer test-key");
  }

  static Response post(CotoolFake fake, String path, String json) {
    return withBody(fake, "POST", path, json);
  }

  static Response put(CotoolFake fake, String path, String json) {
    return withBody(fake, "PUT", path, json);
  }

  private static Response withBody(CotoolFake fake, String method, String path, String json) {
    return send(
        fake,
        HttpRequest.newBuilder()
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json"),
        path,
        "Bearer test-key");
  }

  static Response send(
      CotoolFake fake, HttpRequest.Builder builder, String pathAndQuery, String authorization) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(
              builder.uri(URI.create(fake.baseUrl() + pathAndQuery)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
