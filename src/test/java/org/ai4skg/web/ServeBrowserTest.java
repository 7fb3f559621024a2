package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ai4skg.cli.RunningServe;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a newcomer meets: {@code ai4s serve} on the repository, started as the README says, and a browser opening the
 * URL it printed. Browse from the home page to a resource, switch to Chinese and keep it, search from the search box,
 * run every example query of the gallery, read the timeline and the vocabulary, meet the 404 page — with a screenshot
 * of each step in {@code target/screenshots/serve-*.png}, and no request to any other host.
 */
class ServeBrowserTest {

    static RunningServe serve;
    static Browser browser;
    static long triples;

    @BeforeAll
    static void start() {
        triples = Publication.load(new Layout(RunningServe.REPOSITORY)).all().size();
        serve = RunningServe.start();
        browser = new Browser("en-US,en");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (serve != null) {
                serve.close();
            }
        }
    }

    @AfterEach
    void onlyLocalRequestsAndNoPolicyViolation() {
        browser.assertOnlyLocal(serve.url());
        browser.assertNoPolicyViolation();
    }

    private static void open(String path) {
        browser.driver.get(serve.url() + path);
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String lang() {
        return find("html").getAttribute("lang");
    }

    private static void waitForLang(String lang) {
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    private static void click(WebElement link, String urlPart) {
        link.click();
        browser.wait.until(ExpectedConditions.urlContains(urlPart));
    }

    @Test
    void fromTheHomePageToAResourceInEnglishThenInChinese() {
        browser.driver.get(serve.url());
        assertThat(find("h1").getText()).isEqualTo("AI for Science knowledge graph");
        assertThat(find("#triples").getText()).isEqualTo(Long.toString(triples));
        for (String section : List.of("AIModel", "GovernmentAgency", "NationalLaboratory", "Supercomputer", "Programme",
                "StrategicDirection")) {
            assertThat(texts("#class-" + section + " li a")).as(section).isNotEmpty();
        }
        assertThat(texts("#class-AIModel li a")).contains("AlphaFold 3", "AlphaFold 2", "GNoME");
        browser.screenshot("serve-home");

        click(find("#class-AIModel").findElement(By.linkText("AlphaFold 3")), "/resource/alphafold-3");
        assertThat(lang()).isEqualTo("en");
        assertThat(find("h1").getText()).startsWith("AlphaFold 3");
        assertThat(find("#props-h + dl.props").getText()).contains("Google DeepMind", "May 2024");
        assertThat(find("figure.graph svg").isDisplayed()).isTrue();
        browser.screenshot("serve-resource-en");

        find("#lang-zh").click();
        waitForLang("zh");
        assertThat(browser.driver.getCurrentUrl()).contains("lang=zh");
        assertThat(find("#props-h + dl.props").getText()).contains("谷歌 DeepMind", "2024年5月");
        // Every link to another page of the site keeps the language.
        List<String> links = browser.driver.findElements(By.cssSelector("main a[href^='" + serve.url() + "resource/']"))
                .stream().map(a -> a.getDomAttribute("href")).filter(h -> !h.matches(".*\\.(ttl|jsonld|nt|rdf)$")).toList();
        assertThat(links).isNotEmpty().allMatch(h -> h.contains("lang=zh"));
        browser.screenshot("serve-resource-zh");

        click(find("#props-h + dl.props").findElement(By.linkText("谷歌 DeepMind")), "google-deepmind");
        assertThat(lang()).isEqualTo("zh");
        assertThat(find("h1").getText()).startsWith("谷歌 DeepMind");
        browser.screenshot("serve-resource-zh-next");

        find("#lang-en").click();
        waitForLang("en");
        assertThat(find("h1").getText()).startsWith("Google DeepMind");
    }

    @Test
    void aChineseBrowserGetsChinese() {
        try (Browser zh = new Browser("zh-CN,zh")) {
            zh.driver.get(serve.url());
            assertThat(zh.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
            assertThat(zh.driver.findElement(By.tagName("h1")).getText()).isEqualTo("人工智能驱动的科学研究知识图谱");
            zh.screenshot("serve-home-zh");
            zh.driver.findElement(By.cssSelector("#class-AIModel")).findElement(By.linkText("AlphaFold 3")).click();
            zh.wait.until(ExpectedConditions.urlContains("alphafold-3"));
            assertThat(zh.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
            assertThat(zh.driver.findElement(By.cssSelector("#props-h + dl.props")).getText()).contains("谷歌 DeepMind");
            zh.assertOnlyLocal(serve.url());
        }
    }

    @Test
    void searchFromTheSearchBox() {
        browser.driver.get(serve.url());
        find("#home-q").sendKeys("AlphaFold", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("search?q=AlphaFold"));
        assertThat(texts("ol.results h2 a").get(0)).isEqualTo("AlphaFold");
        assertThat(texts("ol.results h2 a")).contains("AlphaFold 2", "AlphaFold 3");
        browser.screenshot("serve-search-alphafold");

        WebElement box = find("#site-q");
        box.clear();
        box.sendKeys("DOE", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("q=DOE"));
        assertThat(texts("ol.results h2 a").get(0)).isEqualTo("United States Department of Energy");
        assertThat(texts("ol.results h2 a")).contains("DOE Office of Science");
        browser.screenshot("serve-search-doe");

        find("#lang-zh").click();
        waitForLang("zh");
        WebElement zhBox = find("#search-q");
        zhBox.clear();
        zhBox.sendKeys("蛋白质", Keys.ENTER);
        browser.wait.until(d -> d.findElement(By.id("search-q")).getAttribute("value").equals("蛋白质"));
        assertThat(browser.driver.getCurrentUrl()).contains("lang=zh");
        assertThat(lang()).isEqualTo("zh");
        List<WebElement> results = browser.driver.findElements(By.cssSelector("ol.results h2 a"));
        assertThat(results.get(0).getText()).isEqualTo("蛋白质结构预测");
        assertThat(results.stream().map(WebElement::getText)).contains("AlphaFold 蛋白质结构数据库");
        browser.screenshot("serve-search-zh");
        click(results.get(0), "protein-structure-prediction");
        assertThat(lang()).isEqualTo("zh");
        assertThat(find("h1").getText()).startsWith("蛋白质结构预测");
    }

    @Test
    void everyExampleQueryRunsFromTheGallery() {
        List<ExampleQueries.Example> examples = ExampleQueries.load(new Layout(RunningServe.REPOSITORY).queries());
        assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
        for (ExampleQueries.Example example : examples) {
            open("query");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
            WebElement item = find("#example-" + example.name());
            assertThat(item.findElement(By.tagName("h3")).getText()).isEqualTo(example.title());
            item.findElement(By.cssSelector("button.run")).click();
            // A SELECT shows rows in the table, an ASK YASR's boolean answer, a CONSTRUCT the triples as text.
            try {
                browser.wait.until(d -> !d.findElements(By.cssSelector(
                        "#yasgui .yasr table tbody tr, #yasgui .yasr .booleanResult, #yasgui .yasr .errorResult, "
                                + "#yasgui .yasr .CodeMirror-line")).isEmpty());
                // Run brings the editor and its results into view, wherever the example was in the gallery.
                browser.wait.until(d -> Math.abs(top("yasgui")) < 60);
            } finally {
                browser.screenshot("serve-query-" + example.name());
            }
            assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr .errorResult"))).as(example.name())
                    .isEmpty();
            if (example.text().matches("(?is).*\\bASK\\s*\\{.*")) {
                assertThat(find("#yasgui .yasr .booleanResult").getText()).as(example.name()).containsIgnoringCase("true");
            } else if (example.text().matches("(?is).*\\b(CONSTRUCT|DESCRIBE)\\b.*")) {
                assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr .CodeMirror-line")))
                        .as(example.name()).isNotEmpty();
            } else {
                assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr table tbody tr")))
                        .as(example.name()).isNotEmpty();
                // IRIs in the results link to this site, never to w3id.org.
                browser.wait.until(d -> d.findElements(By.cssSelector("#yasgui .yasr tbody a[href^='https://w3id.org']"))
                        .isEmpty());
            }
        }
        List<String> sparql = browser.assertOnlyLocal(serve.url()).stream()
                .filter(u -> u.startsWith(serve.url() + "sparql")).toList();
        assertThat(sparql).hasSizeGreaterThanOrEqualTo(examples.size());
    }

    @Test
    void aSharedQueryLinkReopensTheQuery() {
        ExampleQueries.Example example = ExampleQueries.load(new Layout(RunningServe.REPOSITORY).queries()).stream()
                .filter(e -> e.name().startsWith("06-")).findFirst().orElseThrow();
        open("query");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        find("#example-" + example.name() + " button.run").click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#yasgui .yasr table tbody tr"), 2));
        // Our IRIs in the results link to this site; Wikidata's stay Wikidata's (links, not requests).
        browser.wait.until(d -> d.findElements(By.cssSelector("#yasgui .yasr tbody a[href^='https://w3id.org']")).isEmpty());
        List<String> hrefs = browser.driver.findElements(By.cssSelector("#yasgui .yasr tbody a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(hrefs).anyMatch(h -> h.startsWith(serve.url() + "resource/"))
                .anyMatch(h -> h.startsWith("http://www.wikidata.org/entity/"));
        String share = find("#share-link").getAttribute("value");
        assertThat(share).startsWith(serve.url() + "query?query=");
        browser.screenshot("serve-query-run");

        browser.driver.get(share);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        String editor = (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return window.ai4sYasgui.getTab().getQuery();");
        String text = example.text();
        assertThat(editor).contains(text.substring(text.indexOf("SELECT")).strip());
    }

    @Test
    void timeline() {
        open("timeline");
        assertThat(find("figure.timeline svg").isDisplayed()).isTrue();
        int events = browser.driver.findElements(By.cssSelector("ol.timeline-list li")).size();
        assertThat(events).isGreaterThanOrEqualTo(20);
        assertThat(browser.driver.findElements(By.cssSelector("figure.timeline circle"))).hasSize(events);
        assertThat(find("ol.timeline-list").getText()).contains("May 2024 — AlphaFold 3", "1 October 1977");
        browser.screenshot("serve-timeline");
        click(find("ol.timeline-list").findElement(By.linkText("AlphaFold 3")), "alphafold-3");
        assertThat(find("h1").getText()).startsWith("AlphaFold 3");
    }

    @Test
    void vocabularyAnchors() {
        open("ontology#Supercomputer");
        assertThat(find("#Supercomputer").getText()).contains("Supercomputer", "超级计算机", "owl:Class");
        assertThat(top("Supercomputer")).isBetween(-5.0, 200.0);
        browser.screenshot("serve-vocabulary");
        // From the table of contents to a property, and from a term to its super-term.
        find("nav.toc").findElement(By.cssSelector("a[href='#releaseDate']")).click();
        browser.wait.until(ExpectedConditions.urlContains("#releaseDate"));
        assertThat(top("releaseDate")).isBetween(-5.0, 200.0);
        open("ontology#AIModel");
        click(find("#AIModel").findElement(By.linkText("AI system")), "#AISystem");
        assertThat(top("AISystem")).isBetween(-5.0, 200.0);
        // A unit of the vocabulary has its anchor too.
        open("ontology#FLOP-PER-SEC");
        assertThat(find("#FLOP-PER-SEC").getText()).contains("FLOP");
        // The last term of the page: scrolled as far as the page goes, so it is in view.
        double innerHeight = ((Number) ((JavascriptExecutor) browser.driver).executeScript("return window.innerHeight;"))
                .doubleValue();
        assertThat(top("FLOP-PER-SEC")).isBetween(-5.0, innerHeight - 50);
    }

    private static double top(String id) {
        return ((Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id))
                .doubleValue();
    }

    @Test
    void anUnknownIriShowsTheNotFoundPage() {
        open("resource/no-such-thing");
        assertThat(find("main h1").getText()).isEqualTo("Not found");
        assertThat(find("main p.iri").getText()).isEqualTo(Rdf.RESOURCES + "no-such-thing");
        WebElement q = find("main input[name=q]");
        assertThat(q.getAttribute("value")).isEqualTo("no such thing");
        browser.screenshot("serve-not-found");
        q.clear();
        q.sendKeys("AlphaFold", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("search?q=AlphaFold"));
        assertThat(texts("ol.results h2 a")).contains("AlphaFold 3");
    }
}
