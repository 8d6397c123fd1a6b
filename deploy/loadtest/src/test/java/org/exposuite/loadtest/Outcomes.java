package org.exposuite.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each kind of request achieved, kept beside Gatling's own report: the window in which it ran (so a phase's
 * requests per second are not diluted by the phases before and after it), the answers by status, and exact percentiles.
 * Written as one TSV per simulation for deploy/loadtest/benchmark.sh.
 */
final class Outcomes {

    private static final class Tally {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long ok;
        int[] latencies = new int[1024];
        int count;
        final Map<String, Long> statuses = new TreeMap<>();
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, String> alsoCounted = new HashMap<>();

    /** Declares the rows in the order they are printed. */
    Outcomes(String... names) {
        for (String name : names) {
            tallies.put(name, new Tally());
        }
    }

    /** An answer of {@code row} with {@code status} is counted under {@code alsoRow} too, as a success there. */
    void alsoCount(String row, String status, String alsoRow) {
        alsoCounted.put(row + " " + status, alsoRow);
    }

    /** One answered (or timed-out: status "none") request, counted under each of the given rows. */
    synchronized void record(long startMillis, long endMillis, int latencyMillis, String status, boolean ok, String... rows) {
        for (String row : rows) {
            String alsoRow = alsoCounted.get(row + " " + status);
            if (alsoRow != null) {
                record(startMillis, endMillis, latencyMillis, status, true, alsoRow);
            }
            Tally tally = tallies.computeIfAbsent(row, r -> new Tally());
            tally.first = Math.min(tally.first, startMillis);
            tally.last = Math.max(tally.last, endMillis);
            if (tally.count == tally.latencies.length) {
                tally.latencies = Arrays.copyOf(tally.latencies, tally.count * 2);
            }
            tally.latencies[tally.count++] = latencyMillis;
            tally.statuses.merge(status, 1L, Long::sum);
            if (ok) {
                tally.ok++;
            }
        }
    }

    synchronized long countOf(String row, String status) {
        Tally tally = tallies.get(row);
        return tally == null ? 0 : tally.statuses.getOrDefault(status, 0L);
    }

    /** Writes name, requests, ok, statuses, window, requests/s and percentiles; prints the same table; returns the file. */
    synchronized Path write(String simulation, Map<String, String> notes) {
        StringBuilder tsv = new StringBuilder("row\trequests\tok\tstatuses\tseconds\trequests_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\n");
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            if (t.count == 0) {
                tsv.append(entry.getKey()).append("\t0\t0\t-\t0\t0\t-\t-\t-\t-\n");
                continue;
            }
            int[] sorted = Arrays.copyOf(t.latencies, t.count);
            Arrays.sort(sorted);
            double seconds = Math.max(0.001, (t.last - t.first) / 1000.0);
            StringBuilder statuses = new StringBuilder();
            t.statuses.forEach((status, n) -> statuses.append(statuses.length() == 0 ? "" : ",").append(status).append('=').append(n));
            tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%.1f\t%.1f\t%d\t%d\t%d\t%d%n", entry.getKey(), t.count, t.ok, statuses,
                    seconds, t.count / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]));
        }
        notes.forEach((key, value) -> tsv.append("# ").append(key).append('=').append(value).append('\n'));
        Path file = LoadSettings.resultsDir().resolve(simulation + ".tsv");
        try {
            Files.writeString(file, tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("\n" + simulation + " (" + file + "):\n" + tsv);
        return file;
    }

    /** Nearest-rank percentile. */
    private static int percentile(int[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
