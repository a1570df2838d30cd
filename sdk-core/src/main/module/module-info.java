/**
 * The Cotool SDK. Compiled after the jar is built (see pom.xml: the jar holds the generated layer
 * too, which is only then in one place) and added to it, so {@code requires ai.cotool.sdk;} works
 * on the module path.
 */
module ai.cotool.sdk {
  requires transitive okhttp3; // CotoolClient.Builder.httpClient(OkHttpClient)
  requires com.google.gson;
  requires kotlin
      .stdlib; // for OkHttp and Okio, automatic modules that cannot require it themselves
  requires java.sql; // the generated JSON class registers an adapter for java.sql.Date
  requires static jakarta.annotation; // @Nullable, of the generated and the hand-written classes

  exports ai.cotool.sdk;
  exports ai.cotool.sdk.errors;
  exports ai.cotool.sdk.models;
  exports ai.cotool.sdk.paging;
  exports ai.cotool.sdk.resources;

  // the test kit reads requests with the SDK's own decoders; not API
  exports ai.cotool.sdk.internal to
      ai.cotool.sdk.testkit;
  exports ai.cotool.sdk.internal.generated.model to
      ai.cotool.sdk.testkit;

  opens ai.cotool.sdk.internal.generated.model to
      com.google.gson;
}
