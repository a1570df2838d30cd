/**
 * The SDK's plumbing: nothing here is API, and any of it may change in any release.
 *
 * <p>How a call travels:
 *
 * <pre>
 * CotoolClient.builder() ── ClientFactory ──▶ DefaultCotoolClient (ClientConfig)
 *   client.detections().create(params)          resources.*Resource interfaces
 *     ──▶ DetectionsService                      one small class per API area: path, method, body, decoder
 *           params.toJson()                      models.*Params, generated: checks via Validate at build(),
 *                                                BodyProperties for added properties, Json.encode
 *     ──▶ Transport                              blocking or async, with or without the raw response
 *     ──▶ HttpPipeline                           deadline, RetryPolicy + RetryAfter, size cap, ErrorBodies →
 *                                                errors.* exceptions, every response closed
 *     ──▶ Json.decode(reader, wire class)        the generated layer's Gson (ai.cotool.sdk.internal.generated):
 *                                                one streaming pass, unknown properties and values kept
 *     ──▶ models.Detection(wire)                 generated public wrapper: strict or Optional accessors
 *                                                (Models), enums by wire value (Enums)
 * </pre>
 *
 * <p>Paging ({@code ai.cotool.sdk.paging}) drives {@code AlertsService} page by page the same way.
 *
 * <p>A raw request ({@code client.request(RawRequest)}) is made an {@code ApiRequest} by {@code RawCalls} (its path
 * expanded and checked by {@code PathTemplate}) and sent by the same {@code Transport}; its 2xx answer is kept as
 * text in a {@code RawResponse}.
 */
package ai.cotool.sdk.internal;
