package org.exposuite.platform.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says how long each answer may be kept: a {@link PublicRead} answer gets its validator and a short public freshness,
 * every other answer (personal, self-service, organizer, problems) {@code no-store}, so no shared cache keeps it.
 */
public class CacheHeaders {

    static final String NO_STORE = "no-store";

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void describeCaching(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return; // the operation named its own caching
        }
        PublicRead publicRead = publicRead(resource);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (publicRead == null || !read || response.getStatus() != 200 || !response.hasEntity()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return;
        }
        byte[] body = bytes(response.getEntity());
        String tag = entityTag(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                publicCacheControl(publicRead.maxAgeSeconds(), publicRead.staleWhileRevalidateSeconds()));
        if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            // the bytes just hashed are the bytes sent: the answer is serialized once
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /** The Cache-Control of a public read's answer; the API documents quote it too. */
    public static String publicCacheControl(int maxAgeSeconds, int staleWhileRevalidateSeconds) {
        return "public, max-age=" + maxAgeSeconds + ", stale-while-revalidate=" + staleWhileRevalidateSeconds;
    }

    private static PublicRead publicRead(ResourceInfo resource) {
        // no resource method: the request matched none, or failed before reaching it
        return resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(PublicRead.class);
    }

    private byte[] bytes(Object entity) {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        // a text answer (a picture in SVG, a JSON document built by hand) is written as it is
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public answer that cannot be written as JSON", e);
        }
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, so equal bodies share it across replicas. */
    static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
