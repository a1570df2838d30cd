/**
 * The SDK's plumbing: nothing here is API, and any of it may change in any release.
 *
 * <p>How a call travels (generated = written at build time from {@code spec/openapi.json} by {@code
 * sdk-codegen}):
 *
 * <pre>
 * CotoolClient.builder() ── ClientFactory ──▶ DefaultCotoolClient (ClientConfig)
 *                                              extends Services.* (generated: one accessor per resource)
 *   client.detections().create(params)          resources.*Resource (generated interfaces)
 *     ──▶ DetectionsService                      generated, one per resource: for each operation a Prepared
 *           Validate, params.toJson()            (ApiRequest: method, path segments, query, body; decoder),
 *                                                and its Blocking, Raw, Async and RawAsync faces.
 *                                                TriggersService is hand-written (free-form payload).
 *     ──▶ Transport                              blocking or async, with or without the raw response
 *     ──▶ HttpPipeline + Attempt                 deadline, RetryPolicy + RetryAfter, size cap, ErrorBodies →
 *                                                errors.* exceptions, Redactor on every text, every response closed
 *     ──▶ Json.decode(reader, wire class)        the generated layer's Gson (ai.cotool.sdk.internal.generated):
 *                                                one streaming pass, unknown properties and values kept
 *     ──▶ models.Detection(wire)                 generated public wrapper: strict or Optional accessors
 *                                                (Models), enums by wire value (Enums)
 * </pre>
 *
 * <p>Paged lists: the generated service decodes a page ({@code paging.AlertPage}, generated) and
 * the resource's {@code …AutoPaging} method hands the same call to {@code paging.AutoPager}/{@code
 * AsyncAutoPager}, whose rules ({@code paging.Paging}) are hand-written once for every paged list.
 *
 * <p>A raw request ({@code client.request(RawRequest)}) is made an {@code ApiRequest} by {@code
 * RawCalls} (its path expanded and checked by {@code PathTemplate}) and sent by the same {@code
 * Transport}; its 2xx answer is kept as text in a {@code RawResponse}.
 */
package ai.cotool.sdk.internal;
