package org.exposuite.platform.webhook;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which receivers a subscription may name. In production only https receivers on public addresses, so nobody can
 * point the suite at its own database, metadata service or admin ports (SSRF); hosts listed in
 * {@code expo.webhooks.allowed-hosts} are exempt. Checked when a URL is saved and again before every send, since
 * a name may resolve elsewhere later.
 */
@ApplicationScoped
public class ReceiverUrls {

    @Inject
    WebhookConfig config;

    /** The URL as a receiver, or a 400 problem saying why not. */
    public URI check(String url) {
        URI uri = parse(url);
        refusal(uri).ifPresent(reason -> {
            throw problem("The URL %s.", reason);
        });
        return uri;
    }

    /** Why the suite must not send to this receiver now, if it must not. */
    public Optional<String> refusal(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!config.publicUrlsOnly() || config.allowedHosts().orElse(List.of()).stream().anyMatch(host::equalsIgnoreCase)) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        return Arrays.stream(addresses).anyMatch(ReceiverUrls::internal)
                ? Optional.of("resolves to an address inside a private network") : Optional.empty();
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw problem("The URL is not a valid absolute http or https URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw problem("The URL must be an absolute http or https URL with a host, without credentials or fragment.");
        }
        return uri;
    }

    /** Loopback, link-local, private (RFC 1918, carrier-grade NAT), unique-local (fc00::/7), unspecified or multicast. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff && Arrays.equals(bytes, 0, 10, new byte[10], 0, 10);
            if (mappedV4) {
                try {
                    return internal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }

    private static HttpProblem problem(String detail, Object... arguments) {
        return WebhookProblem.URL_NOT_ALLOWED.builder(detail, arguments).with("field", "url").build();
    }
}
