/**
 * Signing and verifying webhook deliveries on their raw bytes, one {@link
 * org.webhookorchestrator.webhook.signature.SignatureScheme} per provider algorithm.
 *
 * <p>This is domain code: it knows nothing of MCP, HTTP servers or the command line. A provider emulator signs with
 * {@code sign}, a reference receiver checks with {@code verify}; both work on a {@link
 * org.webhookorchestrator.webhook.signature.Delivery}, which holds the body exactly as it went over the wire, because
 * every scheme signs bytes and a re-serialized body no longer verifies.
 *
 * <p>Rules every scheme keeps: signatures are decoded and compared with {@link
 * java.security.MessageDigest#isEqual}, never as strings; header names match case-insensitively on verify and are
 * written in the provider's casing on sign; where a scheme carries a timestamp it is checked against an injected
 * {@link java.time.Clock} in both directions; no key, secret or expected signature ever appears in a {@code
 * toString} or a failure detail.
 */
package org.webhookorchestrator.webhook.signature;
