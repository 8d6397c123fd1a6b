package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After every other scenario has run, the logs of the services and the gateways hold no personal data: no e-mail
 * address, phone number, self-service secret (rs_, wl_, ex_), bearer or badge token (a JWT), and none of the names
 * people registered with (read from the suite's databases). The logs are the ones the suite writes at its default
 * level, INFO.
 */
@SystemTest
@Order(Integer.MAX_VALUE)
class LogsHoldNoPersonalDataIT {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** An international number; a date with a signed year ("+5881580-07-12", which a refused request may hold) is none. */
    private static final Pattern PHONE = Pattern.compile("\\+(?!\\d+-\\d\\d-\\d\\d\\b)\\d{1,3}[ ()-]?\\d[\\d ()-]{5,}\\d");
    private static final Pattern SECRET = Pattern.compile("\\b(rs|wl|ex)_[A-Za-z0-9_-]{20,}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}");
    /** Where people's names are kept: table and column, per service. */
    private static final List<String[]> NAME_COLUMNS = List.of(
            new String[] {"REGISTRATION", "registration", "family_name"},
            new String[] {"REGISTRATION", "registration", "given_name"},
            new String[] {"REGISTRATION", "registration", "latin_name"},
            new String[] {"REGISTRATION", "waitlist_entry", "family_name"},
            new String[] {"REGISTRATION", "waitlist_entry", "given_name"},
            new String[] {"REGISTRATION", "waitlist_entry", "latin_name"},
            new String[] {"EXHIBITOR", "exhibitor", "contact_name"},
            new String[] {"EXHIBITOR", "staff_member", "family_name"},
            new String[] {"EXHIBITOR", "staff_member", "given_name"},
            new String[] {"EXHIBITOR", "exhibitor_lead", "family_name"},
            new String[] {"EXHIBITOR", "exhibitor_lead", "given_name"});
    /** What an erased registration keeps in place of the names, and fuzzed names that are words of any log line. */
    private static final Set<String> NOT_A_NAME = Set.of("ERASED", "null", "true", "false", "NaN", "undefined");

    @Test
    void noLogOfTheRunHoldsPersonalData() throws Exception {
        List<Path> logs = logFiles();
        assertThat(logs.stream().map(log -> log.getFileName().toString())).as("log files of the suite under %s", Suite.work())
                .contains("registration.log", "exhibitor.log", "pavilion.log", "gateway.log", "access.log", "error.log");
        Set<String> names = registeredNames();
        assertThat(names).as("names people registered with during the run").isNotEmpty();

        List<String> leaks = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            // a byte that is no UTF-8 (nginx logs what a client sent) reads as U+FFFD instead of stopping the check
            List<String> content = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < content.size(); i++) {
                lines++;
                String line = decoded(content.get(i));
                String where = Suite.work().relativize(log) + ":" + (i + 1) + ": ";
                for (Pattern pattern : List.of(EMAIL, PHONE, SECRET, JWT)) {
                    Matcher matcher = pattern.matcher(line);
                    if (matcher.find()) {
                        leaks.add(where + "'" + matcher.group() + "' in " + abbreviate(line));
                    }
                }
                for (String name : names) {
                    if (containsAsWord(line, name)) {
                        leaks.add(where + "name '" + name + "' in " + abbreviate(line));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "[logs] %d lines of %d log files checked against %d registered names%n",
                lines, logs.size(), names.size());
        assertThat(leaks).as("personal data in the logs").isEmpty();
    }

    /**
     * The services' and the gateways' logs: logs/registration.log and its kin, and nginx's access and error logs. The
     * browser driver's logs beside them belong to the test's own browser, which types what a visitor types.
     */
    private static List<Path> logFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Suite.work())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".log"))
                    .filter(file -> !file.getFileName().toString().startsWith("chromedriver"))
                    .sorted().toList();
        }
    }

    private static Set<String> registeredNames() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String[] column : NAME_COLUMNS) {
            SuiteDatabases.eachValue(Suite.Service.valueOf(column[0]), column[1], column[2], value -> {
                String name = value.strip();
                // a name of one or two letters is a part of too many words to tell
                if (name.codePoints().filter(Character::isLetter).count() >= 3 && !NOT_A_NAME.contains(name)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /** The name, not inside a longer word ("Lei" is not in "Leipzig"). */
    private static boolean containsAsWord(String line, String name) {
        int from = 0;
        while (true) {
            int at = line.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(line.codePointBefore(at));
            boolean endsWord = end == line.length() || !Character.isLetterOrDigit(line.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }

    /** A logged URL keeps its %-escapes: e-mail addresses and names are looked for as a reader would see them. */
    private static String decoded(String line) {
        if (!line.contains("%")) {
            return line;
        }
        try {
            return line + " " + URLDecoder.decode(line.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEscaped) {
            return line;
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
