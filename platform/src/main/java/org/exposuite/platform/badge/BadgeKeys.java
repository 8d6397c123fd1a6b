package org.exposuite.platform.badge;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The registration's public badge keys, cached in memory. One background thread fetches them at start and whenever
 * they are older than the refresh interval, so a scan whose key is cached never waits on the network. While the registration is unreachable or
 * hangs, the last keys keep checking badges, also past their max age (with a warning), rather than refusing them all.
 * A badge naming an unknown key id (a rotation, or a forgery) starts at most one fetch per interval and waits briefly
 * for the fetch in flight; every fetch is a single one shared by all who wait for it.
 * (The JOSE library's own caching key source is not used: once its keys expire it fetches on the scan's thread, and it
 * schedules the next background fetch only after one succeeded.)
 */
final class BadgeKeys implements AutoCloseable {

    /** Fetches the key set once. */
    @FunctionalInterface
    interface Source {
        JWKSet fetch() throws IOException, ParseException;
    }

    private static final Logger LOG = Logger.getLogger(BadgeKeys.class);
    private static final int MAX_KEY_SET_BYTES = 256 * 1024;
    private static final Duration FIRST_KEYS_RETRY = Duration.ofSeconds(10);

    private record Snapshot(Map<String, ECKey> byKeyId, long fetchedAtNanos) {
    }

    private final String location;
    private final Source source;
    private final Duration refreshInterval;
    private final Duration maxAge;
    private final long unknownKeyRefreshNanos;
    private final Duration unknownKeyWait;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService fetcher;
    // the fetch in flight (or the last one, once done); read and written only under this object's lock
    private CompletableFuture<Snapshot> inFlight;
    private final AtomicLong lastOnDemandFetch;
    private volatile Snapshot current;

    BadgeKeys(String location, Source source, BadgeVerificationConfig config, LongSupplier nanoTime) {
        this.location = location;
        this.source = source;
        if (config.refreshInterval().compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("expo.badge.verification.refresh-interval must be longer than zero");
        }
        this.refreshInterval = config.refreshInterval();
        this.maxAge = config.maxAge();
        this.unknownKeyRefreshNanos = config.unknownKeyRefreshInterval().toNanos();
        this.unknownKeyWait = config.unknownKeyWait();
        this.nanoTime = nanoTime;
        this.lastOnDemandFetch = new AtomicLong(nanoTime.getAsLong() - unknownKeyRefreshNanos);
        this.fetcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "badge-keys");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The keys published at {@code location}: an http(s) or file URL, or a file path. */
    static BadgeKeys fetchedFrom(String location, BadgeVerificationConfig config) {
        return new BadgeKeys(location, source(location, config.fetchTimeout()), config, System::nanoTime);
    }

    /** One fetch of the key set at {@code location}, bounded in time and size. */
    static Source source(String location, Duration timeout) {
        URL url = toUrl(location);
        int timeoutMillis = Math.toIntExact(timeout.toMillis());
        return () -> JWKSet.load(url, timeoutMillis, timeoutMillis, MAX_KEY_SET_BYTES);
    }

    private static URL toUrl(String location) {
        try {
            return location.matches("(?i)(https?|file):.*") ? URI.create(location).toURL() : Path.of(location).toUri().toURL();
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException("expo.badge.verification.jwks-location is neither a URL nor a path: " + location, e);
        }
    }

    /**
     * Fetches the keys now, and again whenever they are older than the refresh interval, in the background; until the
     * first keys arrive (the registration may start after this service), every 10 s at most.
     */
    void start() {
        fetchLater(Duration.ZERO);
    }

    private void fetchLater(Duration delay) {
        try {
            fetcher.schedule(this::fetchWhenDue, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed: the service stops
        }
    }

    private void fetchWhenDue() {
        Snapshot known = current;
        Duration freshFor = known == null ? Duration.ZERO : refreshInterval.minus(age(known));
        if (freshFor.compareTo(Duration.ZERO) > 0) {
            fetchLater(freshFor); // a fetch for an unknown key id brought them lately
            return;
        }
        refresh().whenComplete((keys, failure) -> fetchLater(
                current == null && refreshInterval.compareTo(FIRST_KEYS_RETRY) > 0 ? FIRST_KEYS_RETRY : refreshInterval));
    }

    /**
     * The key with this id, or null when the registration does not publish it. Answers from the cache; only a key id
     * not in it waits for a fetch, and at most {@code unknown-key-wait}.
     *
     * @throws BadgeKeysUnavailableException when no key has been fetched yet
     */
    ECKey find(String keyId) {
        Snapshot known = current;
        ECKey key = known == null ? null : known.byKeyId().get(keyId);
        if (key != null) {
            return key;
        }
        CompletableFuture<?> fetch = fetchInFlight();
        if (fetch == null) {
            fetch = mayFetchOnDemand() ? refresh() : fetchInFlight();
        }
        if (fetch != null) {
            awaitBriefly(fetch);
            known = current;
        }
        if (known == null) {
            throw new BadgeKeysUnavailableException();
        }
        return known.byKeyId().get(keyId);
    }

    /** Starts a fetch in the background, or joins the one in flight. */
    synchronized CompletableFuture<?> refresh() {
        if (fetchInFlight() == null) {
            try {
                inFlight = CompletableFuture.supplyAsync(this::load, fetcher);
            } catch (RejectedExecutionException closed) {
                return CompletableFuture.failedFuture(closed);
            }
        }
        return inFlight;
    }

    // A fetch that is done no longer counts, even before all who waited for it are told, so a later scan starts its own.
    private synchronized CompletableFuture<?> fetchInFlight() {
        return inFlight == null || inFlight.isDone() ? null : inFlight;
    }

    private Snapshot load() {
        try {
            Snapshot fresh = new Snapshot(usableKeys(source.fetch()), nanoTime.getAsLong());
            Snapshot before = current;
            current = fresh;
            if (before != null && isStale(before)) {
                LOG.infof("Badge keys fetched again from %s", location);
            }
            return fresh;
        } catch (IOException | ParseException | RuntimeException e) {
            warnAboutFailedFetch(e);
            throw new CompletionException(e);
        }
    }

    // Only EC keys with a key id can check an ES256 badge; a set without any would refuse every badge, so it is not taken.
    private static Map<String, ECKey> usableKeys(JWKSet keySet) throws IOException {
        Map<String, ECKey> byKeyId = new HashMap<>();
        for (JWK key : keySet.getKeys()) {
            if (key instanceof ECKey ec && key.getKeyID() != null) {
                byKeyId.put(key.getKeyID(), ec.toPublicJWK());
            }
        }
        if (byKeyId.isEmpty()) {
            throw new IOException("the key set holds no EC key with a key id");
        }
        return Map.copyOf(byKeyId);
    }

    private void warnAboutFailedFetch(Exception failure) {
        Snapshot kept = current;
        if (kept == null) {
            LOG.warnf("Badge keys could not be fetched from %s (%s); no badge can be checked until they are", location, failure);
        } else if (isStale(kept)) {
            LOG.warnf("Badge keys could not be fetched from %s (%s); badges are still checked with the keys fetched %s ago,"
                    + " older than the max age of %s", location, failure, age(kept).truncatedTo(ChronoUnit.SECONDS), maxAge);
        } else {
            LOG.warnf("Badge keys could not be fetched from %s (%s); the keys fetched %s ago keep checking badges",
                    location, failure, age(kept).truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private boolean mayFetchOnDemand() {
        long now = nanoTime.getAsLong();
        long last = lastOnDemandFetch.get();
        return now - last >= unknownKeyRefreshNanos && lastOnDemandFetch.compareAndSet(last, now);
    }

    private void awaitBriefly(CompletableFuture<?> fetch) {
        try {
            fetch.get(unknownKeyWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // answered from what is cached; the fetch goes on in the background
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isStale(Snapshot snapshot) {
        return nanoTime.getAsLong() - snapshot.fetchedAtNanos() > maxAge.toNanos();
    }

    private Duration age(Snapshot snapshot) {
        return Duration.ofNanos(nanoTime.getAsLong() - snapshot.fetchedAtNanos());
    }

    @Override
    public void close() {
        fetcher.shutdownNow();
    }
}
