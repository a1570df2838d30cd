package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.generated.model.AlertJson;
import ai.cotool.sdk.internal.generated.model.AlertListJson;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The body of a {@code GET /api/alerts} response: one page of alerts and the total number that match the filters.
 * Immutable; getters follow the rules described on {@link Alert}. {@code ai.cotool.sdk.paging.AlertPage} adds the
 * paging logic on top of it.
 */
public final class AlertList implements ApiModel {
  private final AlertListJson delegate;
  private final List<Alert> alerts;
  private final String alertsProblem;
  private final Map<String, Object> additionalProperties;

  AlertList(AlertListJson delegate) {
    this.delegate = delegate;
    // the generated class starts with an empty list: only the presence bit tells "absent" from "[]"
    List<AlertJson> raw =
        delegate.isPropertyPresent("alerts") ? delegate.getAlerts() : null;
    String problem = raw == null ? "AlertList.alerts is missing from the response" : null;
    List<Alert> wrapped = new ArrayList<>(raw == null ? 0 : raw.size());
    for (int i = 0; problem == null && i < raw.size(); i++) {
      if (raw.get(i) == null) {
        problem = "AlertList.alerts[" + i + "] is null";
      } else {
        wrapped.add(new Alert(raw.get(i)));
      }
    }
    this.alerts = problem == null ? Collections.unmodifiableList(wrapped) : null;
    this.alertsProblem = problem;
    this.additionalProperties = Models.extras(delegate.getAdditionalProperties());
  }

  /**
   * Reads a {@code GET /api/alerts} response body in one streaming pass. Properties and enumeration values newer than
   * this SDK are kept; a missing required property fails only when its getter is called.
   *
   * @param json the response body
   * @return the decoded body
   * @throws CotoolInvalidDataException if the text is not JSON or not an object of the expected shape
   */
  public static AlertList fromJson(String json) {
    return new AlertList(Json.decode(json, AlertListJson.class));
  }

  /**
   * Reads a {@code GET /api/alerts} response body as {@link #fromJson(String)} does, streaming from {@code json}
   * (which is not closed) instead of from text held in memory.
   *
   * @param json the response body
   * @return the decoded body
   * @throws CotoolInvalidDataException if the text is not JSON, not an object of the expected shape, or cannot be read
   */
  public static AlertList fromJson(Reader json) {
    return new AlertList(Json.decode(json, AlertListJson.class));
  }

  /**
   * @return the alerts of this page, in the server's order (unmodifiable)
   * @throws CotoolInvalidDataException if the server did not send the array, or sent a {@code null} item
   */
  public List<Alert> alerts() {
    if (alertsProblem != null) {
      throw new CotoolInvalidDataException(alertsProblem, null);
    }
    return alerts;
  }

  /**
   * @return the total number of alerts matching the filters (across all pages); a count beyond
   *     {@code Long.MAX_VALUE} (the API sets no maximum) reads as {@code Long.MAX_VALUE}
   * @throws CotoolInvalidDataException if the server did not send it or sent a negative number
   */
  public long totalCount() {
    BigInteger totalCount = Models.require(delegate.getTotalCount(), "AlertList", "totalCount");
    if (totalCount.signum() < 0) {
      throw new CotoolInvalidDataException("AlertList.totalCount is negative: " + totalCount, null);
    }
    return totalCount.bitLength() < Long.SIZE ? totalCount.longValue() : Long.MAX_VALUE;
  }

  /**
   * @param jsonName a property name as the API spells it, such as {@code "totalCount"}
   * @return whether the server sent the property, even as {@code null}
   */
  public boolean hasProperty(String jsonName) {
    return delegate.isPropertyPresent(jsonName);
  }

  /** @return the properties the server sent that this SDK does not know (see {@link Alert#additionalProperties()}) */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof AlertList && delegate.equals(((AlertList) o).delegate));
  }

  @Override
  public int hashCode() {
    return delegate.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.redact("AlertList{alerts=" + (alerts == null ? "invalid" : alerts.size() + " alert(s)") + ", totalCount="
        + delegate.getTotalCount() + "}");
  }
  @Override
  public String toJson() {
    return Json.encodeModel(delegate);
  }
}
