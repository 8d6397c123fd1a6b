package org.exposuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every text the site shows exists in English and in Chinese, with the same placeholders in both. */
class DictionaryTest {

    private static final Pattern ENTRY = Pattern.compile(
            "'([^']+)':\\s*\\{\\s*en:\\s*'((?:[^'\\\\]|\\\\.)*)',\\s*zh:\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*}", Pattern.DOTALL);
    private static final Pattern KEY_START = Pattern.compile("(?m)^\\s*'([^']+)':\\s*\\{");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A quoted key in a module, by the dictionary's groups; file names such as 'manage.html' are not keys. */
    private static final Pattern KEY_IN_MODULE = Pattern.compile("'((?:common|nav|title|pavilion|theme|xtheme|dialogue|kind|booth|home|privacy"
            + "|venue|programme|directory|field|err|reg|conf|manage|status|wl|wlstatus|exhibit|app|portal|state)\\.[A-Za-z0-9_.]+)'");

    /** Keys the modules build from the APIs' values (status.${…}), so each value must have its text. */
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "status.", List.of("PENDING", "CONFIRMED", "REJECTED", "CANCELLED", "ERASED"),
            "manage.badge", List.of("PENDING", "REJECTED", "CANCELLED", "ERASED"),
            "wlstatus.", List.of("WAITING", "OFFERED", "ACCEPTED", "EXPIRED", "LEFT"),
            "state.", List.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN"),
            "kind.", List.of("DIALOGUE", "FORUM", "FINAL", "CEREMONY", "WORKSHOP"),
            "theme.", List.of("INTERNATIONAL", "DIGITAL_APPLICATIONS", "FRONTIER_TECHNOLOGY", "DIGITAL_HARDWARE",
                    "INNOVATION_AND_ENTREPRENEURSHIP", "DIGITAL_EXPERIENCE", "BELT_AND_ROAD"),
            "booth.", List.of("INLINE", "CORNER", "PENINSULA", "ISLAND"),
            "pavilion.", List.of("INT", "DA", "FT", "DH", "IE", "DX", "BR"));

    private static Path site() {
        return Path.of(System.getProperty("expo.site.dir", "target/classes/site")).toAbsolutePath().normalize();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** key → [English, Chinese] */
    private static Map<String, String[]> dictionary() {
        String source = read(site().resolve("js/texts.js"));
        Map<String, String[]> texts = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(source);
        while (entry.find()) {
            texts.put(entry.group(1), new String[] {entry.group(2), entry.group(3)});
        }
        return texts;
    }

    @Test
    void everyEntryHasAnEnglishAndAChineseTextWithTheSamePlaceholders() {
        Map<String, String[]> texts = dictionary();
        Set<String> declared = new TreeSet<>();
        Matcher start = KEY_START.matcher(read(site().resolve("js/texts.js")));
        while (start.find()) {
            declared.add(start.group(1));
        }

        assertThat(texts.keySet()).as("entries written as { en: '…', zh: '…' }").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(texts).hasSizeGreaterThan(300);
        List<String> wrong = new ArrayList<>();
        texts.forEach((key, pair) -> {
            // a space between sentences is English only: Chinese needs none
            if (!key.equals("common.sentenceGap") && (pair[0].isBlank() || pair[1].isBlank())) {
                wrong.add(key + ": a language is empty");
            }
            if (!placeholders(pair[0]).equals(placeholders(pair[1]))) {
                wrong.add(key + ": placeholders " + placeholders(pair[0]) + " vs " + placeholders(pair[1]));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyThePagesUseHasItsTexts() {
        Set<String> known = dictionary().keySet();
        Set<String> missing = new TreeSet<>();
        for (Path page : files(".html")) {
            Document document = Jsoup.parse(read(page));
            for (Element element : document.select("[data-i18n]")) {
                missing.add(element.attr("data-i18n"));
            }
            for (Element element : document.select("[data-empty-key]")) {
                missing.add(element.attr("data-empty-key"));
            }
            for (Element element : document.select("[data-i18n-attr]")) {
                for (String pair : element.attr("data-i18n-attr").split(";")) {
                    missing.add(pair.substring(pair.indexOf(':') + 1).strip());
                }
            }
        }
        missing.removeAll(known);

        assertThat(missing).as("keys in the pages without texts").isEmpty();
    }

    @Test
    void everyKeyTheModulesUseHasItsTexts() {
        Set<String> known = dictionary().keySet();
        Set<String> missing = new TreeSet<>();
        for (Path module : files(".js")) {
            if (module.getFileName().toString().equals("texts.js")) {
                continue;
            }
            Matcher key = KEY_IN_MODULE.matcher(read(module));
            while (key.find()) {
                String found = key.group(1);
                if (!found.endsWith(".html") && !found.endsWith(".js") && !known.contains(found)) {
                    missing.add(site().relativize(module) + ": " + found);
                }
            }
        }
        FAMILIES.forEach((prefix, values) -> values.stream().map(value -> prefix + value)
                .filter(key -> !known.contains(key)).forEach(key -> missing.add("family " + key)));

        assertThat(missing).as("keys in the modules without texts").isEmpty();
    }

    @Test
    void theLanguageSwitchIsOnEveryPage() {
        for (Path page : files(".html")) {
            Document document = Jsoup.parse(read(page));

            assertThat(document.select("button.lang-switch[data-lang=en][type=button]").text()).as("English switch on %s", page).isEqualTo("English");
            assertThat(document.select("button.lang-switch[data-lang=zh-CN][type=button]").text()).as("Chinese switch on %s", page).isEqualTo("中文");
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
