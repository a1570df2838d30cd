module app {
  requires ai.cotool.sdk;
  requires jdk.httpserver;
  opens app to ai.cotool.sdk; // the SDK reads the payload's record components
}
