package ai.cotool.sdk.testsupport;

import okhttp3.OkHttpClient;

/**
 * The OkHttpClient that HTTP tests derive their clients from, so that they share one connection
 * pool, the one {@link NoLeakedResponses} inspects.
 */
public final class SharedHttp {
  public static final OkHttpClient CLIENT = new OkHttpClient.Builder().build();

  private SharedHttp() {}
}
