package vn.vanban.serve;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.Headers;

/**
 * Who may talk to the workbench. Every request must carry the secret token printed with the URL (in
 * the query on the first load, then in a cookie the server sets, or an {@code X-Vanban-Token}
 * header), as Jupyter does; and its {@code Host} and, when present, {@code Origin} must name this
 * server, so another web site open in the same browser can neither post to it (CSRF) nor reach it
 * through a hostname of its own that resolves to 127.0.0.1 (DNS rebinding).
 */
final class Guard {
    static final String HEADER = "X-Vanban-Token";
    private final String token;
    private final Set<String> hosts;
    private final String cookieName;

    /** @param hosts the host[:port] values a browser may put in {@code Host} for this server */
    Guard(String token, Set<String> hosts, int port) {
        this.token = token;
        this.hosts = Set.copyOf(hosts);
        this.cookieName = "vanban-token-" + port;
    }

    static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    String token() {
        return token;
    }

    /** The Set-Cookie value that lets the page's later requests in without the token in the URL. */
    String cookie() {
        return cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Why the request is refused, or null when it may go on. */
    String refusal(URI uri, Headers h) {
        String host = h.getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return "foreign Host";
        }
        String origin = h.getFirst("Origin");
        if (origin != null && !(origin.startsWith("http://") && hosts.contains(origin.substring(7)
                .toLowerCase(java.util.Locale.ROOT)))) {
            return "foreign Origin";
        }
        if ("cross-site".equals(h.getFirst("Sec-Fetch-Site"))) {
            return "cross-site request";
        }
        if (!matches(presented(uri, h))) {
            return "no token";
        }
        return null;
    }

    /** Whether the token came in the query (the first load), so the cookie should be set. */
    boolean inQuery(URI uri) {
        return matches(Http.query(uri).get("token"));
    }

    private String presented(URI uri, Headers h) {
        String q = Http.query(uri).get("token");
        if (q != null) {
            return q;
        }
        String hd = h.getFirst(HEADER);
        if (hd != null) {
            return hd;
        }
        List<String> cookies = h.get("Cookie");
        if (cookies != null) {
            for (String line : cookies) {
                for (String c : line.split(";")) {
                    String t = c.trim();
                    if (t.startsWith(cookieName + "=")) {
                        return t.substring(cookieName.length() + 1);
                    }
                }
            }
        }
        return null;
    }

    private boolean matches(String presented) {
        // Constant time, so the token cannot be guessed a character at a time.
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
