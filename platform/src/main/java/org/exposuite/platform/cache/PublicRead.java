package org.exposuite.platform.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET anyone may read and anyone may keep for a moment: its 200 answer carries an {@code ETag} of its body and
 * {@code Cache-Control: public, max-age=N, stale-while-revalidate=M}, and a matching {@code If-None-Match} gets 304.
 * Every answer of an operation without it is {@code no-store}, unless the operation names its own caching.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicRead {

    /** How many seconds the answer is fresh: as long as its readers may see it unchanged after a change. */
    int maxAgeSeconds();

    /** How many seconds more a cache may answer with it while it fetches a fresh one. */
    int staleWhileRevalidateSeconds() default 2;
}
