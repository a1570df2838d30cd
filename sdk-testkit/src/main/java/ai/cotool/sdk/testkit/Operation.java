package ai.cotool.sdk.testkit;

/** The operations of the Cotool API that {@link CotoolFake} serves. */
public enum Operation {
  /** {@code POST /api/detections}. */
  CREATE_DETECTION("POST", "/api/detections"),
  /** {@code GET /api/detections}. */
  LIST_DETECTIONS("GET", "/api/detections"),
  /** {@code GET /api/detections/{id}/outputs}. */
  GET_DETECTION_OUTPUTS("GET", "/api/detections/{id}/outputs"),
  /** {@code PUT /api/detections/{id}/outputs}. */
  UPDATE_DETECTION_OUTPUTS("PUT", "/api/detections/{id}/outputs"),
  /** {@code POST /api/detections/{id}/accept}. */
  ACCEPT_DETECTION("POST", "/api/detections/{id}/accept"),
  /** {@code POST /api/output-destinations}. */
  CREATE_OUTPUT_DESTINATION("POST", "/api/output-destinations"),
  /** {@code POST /api/trigger/{source}/{triggerId}}. */
  INVOKE_TRIGGER("POST", "/api/trigger/{source}/{triggerId}"),
  /** {@code GET /api/alerts}. */
  LIST_ALERTS("GET", "/api/alerts"),
  /** {@code GET /api/alerts/{alertId}}. */
  GET_ALERT("GET", "/api/alerts/{alertId}"),
  /** {@code GET /api/alerts/{alertId}/timeline}. */
  GET_ALERT_TIMELINE("GET", "/api/alerts/{alertId}/timeline"),
  /** {@code POST /api/alerts/{alertId}/comments}. */
  ADD_ALERT_COMMENT("POST", "/api/alerts/{alertId}/comments"),
  /** {@code POST /api/alerts/{alertId}/status}. */
  UPDATE_ALERT_STATUS("POST", "/api/alerts/{alertId}/status"),
  /** {@code GET /api/detections/hits}. */
  LIST_DETECTION_HITS("GET", "/api/detections/hits"),
  /** {@code POST /api/detections/hits/{hitId}/status}. */
  UPDATE_DETECTION_HIT_STATUS("POST", "/api/detections/hits/{hitId}/status");

  private final String method;
  private final String pathTemplate;

  Operation(String method, String pathTemplate) {
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  /**
   * @return the HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * @return the path as the API documents it, with {@code {parameters}}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  @Override
  public String toString() {
    return name() + " (" + method + " " + pathTemplate + ")";
  }
}
