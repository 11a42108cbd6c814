/**
 * The dependency skills the webhook skill consults: {@code core.orchestrator} (project context, phase order, intake of
 * handoff packets) and {@code core.quality} (the Definition of Done as named gates). Each is a Java interface with an
 * embedded implementation ({@code core.orchestrator}, {@code core.quality}) and a remote binding over MCP
 * ({@code core.remote}); callers cannot tell them apart except by the
 * {@link org.webhookorchestrator.core.DependencyInfo} every answer carries. Nothing here knows the webhook domain or
 * the MCP host.
 */
package org.webhookorchestrator.core;
