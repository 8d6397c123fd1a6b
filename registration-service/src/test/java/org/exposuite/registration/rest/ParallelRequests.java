package org.exposuite.registration.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Fires many requests at once: every thread waits at a gate, then all send together. */
final class ParallelRequests {

    private ParallelRequests() {
    }

    static List<HttpResponse<String>> post(URI uri, int count, IntFunction<String> body, IntFunction<String> idempotencyKey)
            throws Exception {
        return send(count, i -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)));
            String key = idempotencyKey == null ? null : idempotencyKey.apply(i);
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            return request.build();
        });
    }

    /** Any requests at once; the i-th request comes from the function. */
    static List<HttpResponse<String>> send(int count, IntFunction<HttpRequest> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(count, 100));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest built = requests.apply(i);
                futures.add(threads.submit(() -> {
                    gate.await();
                    return client.send(built, HttpResponse.BodyHandlers.ofString());
                }));
            }
            gate.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
