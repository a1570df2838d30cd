/** The fake's implementation: not API, may change in any release. */
package ai.cotool.sdk.testkit.internal;
