/**
 * Exceptions of the SDK. Everything a call throws extends {@link
 * ai.cotool.sdk.errors.CotoolException}, except {@link
 * ai.cotool.sdk.errors.InvalidParameterException} (an {@link java.lang.IllegalArgumentException})
 * for arguments rejected before sending. All have public constructors, so tests can throw them from
 * mocks.
 */
package ai.cotool.sdk.errors;
