package org.webhookorchestrator.core.remote;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a remote dependency is: the MCP endpoint of another server ({@code http://host:port/mcp}) and the token it is
 * called with, if any. A token is never sent in clear text off this machine: with a token, a non-loopback endpoint
 * must use https.
 */
public record RemoteEndpoint(URI url, BearerToken token) {

    public RemoteEndpoint {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("a remote dependency URL is http or https, found " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("a remote dependency URL names a host, found " + url);
        }
        if (token != null && "http".equals(scheme) && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("refusing to send the token " + token.reference() + " in clear text to "
                    + url + ": use https for a remote that is not on this machine");
        }
    }

    /** The base the SDK transport takes (scheme, host, port) and the endpoint path below it. */
    String base() {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    String path() {
        return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/mcp" : url.getRawPath();
    }

    private static boolean isLoopback(String host) {
        try {
            String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
