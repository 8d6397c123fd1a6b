package org.exposuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged site works under the gateway's Content-Security-Policy (no inline script, style or event handler,
 * nothing from another host) and every file a page or module refers to is part of the site.
 */
class SiteFilesTest {

    /** The pages the site promises (the gateway and the browser tests rely on these paths). */
    private static final List<String> PAGES = List.of("index.html", "venue.html", "exhibitors.html", "register.html",
            "manage.html", "waitlist.html", "exhibit.html", "exhibitor.html");

    private static final Pattern STATIC_IMPORT = Pattern.compile("\\b(?:import|export)\\b[^;'\"`]*?\\bfrom\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern BARE_IMPORT = Pattern.compile("(?m)^\\s*import\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern DYNAMIC_IMPORT = Pattern.compile("\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    /** What the policy forbids or what would put an API's answer into the page as markup. */
    private static final Pattern UNSAFE_SCRIPT = Pattern.compile(
            "\\beval\\s*\\(|\\bnew\\s+Function\\s*\\(|document\\.write(?:ln)?\\s*\\(|\\.(?:inner|outer)HTML\\s*[+]?=|insertAdjacentHTML\\s*\\(");

    /** How a page names a shared part in web/parts/ (see the web module's pom). */
    private static final String INCLUDE = "<!--# include file=";

    static Path site() {
        return Path.of(System.getProperty("expo.site.dir", "target/classes/site")).toAbsolutePath().normalize();
    }

    static Stream<Path> pages() {
        return files(".html");
    }

    static Stream<Path> modules() {
        return Stream.concat(files(".js"), files(".mjs"));
    }

    static Stream<Path> stylesheets() {
        return files(".css");
    }

    @Test
    void everyPromisedPageIsPackaged() {
        for (String page : PAGES) {
            assertThat(site().resolve(page)).as("page %s", page).isRegularFile();
        }
    }

    /** The build puts each shared part into the pages that name it; a part it missed would leave a hole in a page. */
    @Test
    void everySharedPartIsInThePagesAndNotServedAlone() {
        List<String> unresolved = pages().filter(page -> read(page).contains(INCLUDE)).map(SiteFilesTest::name).toList();

        assertThat(unresolved).as("pages that still name a part instead of holding it").isEmpty();
        assertThat(site().resolve("parts")).as("the shared parts folder in the packaged site").doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageParsesWithoutErrors(Path page) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(read(page), "", parser);

        assertThat(parser.getErrors()).as("parse errors in %s", name(page)).extracting(ParseError::toString).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageDeclaresItsLanguageCharsetTitleAndViewport(Path page) {
        Document document = Jsoup.parse(read(page));

        assertThat(read(page).stripLeading().toLowerCase(Locale.ROOT)).as("%s starts with", name(page)).startsWith("<!doctype html>");
        assertThat(document.selectFirst("html").attr("lang")).as("lang of %s", name(page)).isIn("en", "zh-CN");
        assertThat(document.select("meta[charset]").eachAttr("charset")).as("charset of %s", name(page))
                .singleElement().satisfies(charset -> assertThat(charset).isEqualToIgnoringCase("utf-8"));
        assertThat(document.title()).as("title of %s", name(page)).isNotBlank();
        assertThat(document.select("meta[name=viewport]")).as("viewport of %s", name(page)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageHasNoInlineScriptStyleOrEventHandler(Path page) {
        Document document = Jsoup.parse(read(page));

        for (Element script : document.select("script")) {
            assertThat(script.attr("src")).as("a script of %s without src: %s", name(page), script).isNotBlank();
            assertThat(script.attr("type")).as("type of %s in %s", script.attr("src"), name(page)).isEqualTo("module");
        }
        assertThat(document.select("style")).as("style elements in %s", name(page)).isEmpty();
        List<String> forbidden = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.equals("style") || key.startsWith("on") || value.startsWith("javascript:")) {
                    forbidden.add("<" + element.tagName() + " " + attribute.html() + ">");
                }
            }
        }
        assertThat(forbidden).as("inline style, event handlers or javascript: URLs in %s", name(page)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyFileAPageLoadsOrLinksIsPartOfTheSite(Path page) {
        Document document = Jsoup.parse(read(page));
        List<String> loaded = new ArrayList<>();
        loaded.addAll(document.select("script[src]").eachAttr("src"));
        loaded.addAll(document.select("link[href]").eachAttr("href"));
        loaded.addAll(document.select("img[src], source[src]").eachAttr("src"));

        for (String reference : loaded) {
            // no CDN: the policy only allows the gateway's own origin
            assertThat(reference).as("reference in %s", name(page)).doesNotStartWith("//").doesNotContain("://");
            assertResolves(page, reference);
        }
        List<String> links = new ArrayList<>(document.select("a[href]").eachAttr("href"));
        links.addAll(document.select("form[action]").eachAttr("action"));
        for (String link : links) {
            if (!link.contains(":") && !link.startsWith("#")) {
                assertResolves(page, link);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyModuleImportsOnlyFilesOfTheSite(Path module) {
        String source = read(module);
        List<String> specifiers = new ArrayList<>();
        for (Pattern pattern : List.of(STATIC_IMPORT, BARE_IMPORT, DYNAMIC_IMPORT)) {
            Matcher matcher = pattern.matcher(source);
            while (matcher.find()) {
                specifiers.add(matcher.group(1));
            }
        }
        for (String specifier : specifiers) {
            // a browser resolves no package names: every import is a path
            assertThat(specifier).as("import in %s", name(module)).matches("(\\./|\\.\\./|/).*");
            assertResolves(module, specifier);
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noModuleEvaluatesCodeOrWritesMarkup(Path module) {
        Matcher unsafe = UNSAFE_SCRIPT.matcher(read(module));

        assertThat(unsafe.find() ? unsafe.group() : null).as("eval, document.write or innerHTML in %s", name(module)).isNull();
    }

    @ParameterizedTest
    @MethodSource("stylesheets")
    void everyFileAStylesheetRefersToIsPartOfTheSite(Path stylesheet) {
        Matcher url = CSS_URL.matcher(read(stylesheet));
        while (url.find()) {
            String reference = url.group(1).strip();
            if (reference.startsWith("data:")) {
                continue;
            }
            assertThat(reference).as("url() in %s", name(stylesheet)).doesNotStartWith("//").doesNotContain("://");
            assertResolves(stylesheet, reference);
        }
    }

    /** Paths under /api and /docs are served by the gateway's other routes; everything else must be a packaged file. */
    private static void assertResolves(Path from, String reference) {
        String path = URI.create(reference.replace(" ", "%20")).getPath();
        if (path == null || path.isEmpty() || path.startsWith("/api/") || path.startsWith("/docs")) {
            return;
        }
        Path target = path.startsWith("/") ? site().resolve(path.substring(1)) : from.getParent().resolve(path);
        if (path.endsWith("/")) {
            target = target.resolve("index.html");
        }
        target = target.normalize();
        assertThat(target.startsWith(site())).as("%s in %s stays inside the site", reference, name(from)).isTrue();
        assertThat(target).as("%s referred to by %s", reference, name(from)).isRegularFile();
    }

    private static Stream<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(extension)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged site is missing: " + site(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return site().relativize(file).toString();
    }
}
