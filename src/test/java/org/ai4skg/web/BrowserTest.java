package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * The pages in a real browser: home, a resource in English and Chinese and the switch between them, search in both
 * languages, an example query run from the gallery, the timeline and the vocabulary. Each test leaves a screenshot in
 * {@code target/screenshots/}, and no test may make the browser contact another host.
 */
class BrowserTest {

    static WebTestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = WebTestServer.start();
        browser = new Browser("en-US,en");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    @AfterEach
    void onlyLocalRequests() {
        assertOnlyLocal(browser.requestedUrls());
    }

    /** Every request that goes over the network (http, https, ws, wss, ftp) is to this server. */
    static void assertOnlyLocal(List<String> urls) {
        List<String> network = urls.stream().filter(u -> u.matches("(?i)^(https?|wss?|ftp)://.*")).toList();
        assertThat(network).isNotEmpty();
        assertThat(network).as("requests to other hosts").allMatch(u -> u.startsWith(server.base()));
    }

    private static void open(String path) {
        browser.driver.get(server.base() + path);
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static String lang() {
        return find("html").getAttribute("lang");
    }

    @Test
    void homePage() {
        open("");
        assertThat(find("h1").getText()).isEqualTo("AI for Science knowledge graph");
        assertThat(find("#triples").getText()).isEqualTo(Long.toString(server.graph.size()));
        List<String> models = browser.driver.findElements(By.cssSelector("#class-Model li a")).stream()
                .map(WebElement::getText).toList();
        assertThat(models).containsExactly("AlphaFold 2", "AlphaFold 3", "GraphCast");
        assertThat(find("#class-Supercomputer").getText()).contains("Frontier");
        browser.screenshot("home");
        browser.driver.findElement(By.linkText("AlphaFold 3")).click();
        browser.wait.until(ExpectedConditions.urlContains("/resource/alphafold-3"));
        assertThat(find("h1").getText()).isEqualTo("AlphaFold 3");
    }

    @Test
    void resourcePageInEnglishThenChineseAndBack() {
        open("resource/alphafold-3");
        assertThat(lang()).isEqualTo("en");
        assertThat(find("h1").getText()).isEqualTo("AlphaFold 3");
        assertThat(find("#props-h + dl.props").getText()).contains("release date", "8 May 2024", "Google DeepMind");
        assertThat(find("aside.correction").isDisplayed()).isTrue();
        assertThat(find("figure.graph svg").isDisplayed()).isTrue();
        browser.screenshot("resource-en");

        find("#lang-zh").click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        assertThat(find("#props-h + dl.props").getText()).contains("发布日期", "2024年5月8日", "谷歌 DeepMind");
        assertThat(find("#src-h").getText()).isEqualTo("来源");
        browser.screenshot("resource-zh");

        // The chosen language follows the reader to the next page.
        browser.driver.findElement(By.linkText("谷歌 DeepMind")).click();
        browser.wait.until(ExpectedConditions.urlContains("google-deepmind"));
        assertThat(lang()).isEqualTo("zh");
        assertThat(find("h1").getText()).isEqualTo("谷歌 DeepMind");

        find("#lang-en").click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(find("h1").getText()).isEqualTo("Google DeepMind");
    }

    @Test
    void chineseReaderGetsChineseFromAcceptLanguage() {
        try (Browser zh = new Browser("zh-CN,zh")) {
            zh.driver.get(server.base() + "resource/frontier");
            assertThat(zh.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
            assertThat(zh.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Frontier 超级计算机");
            assertThat(zh.driver.findElement(By.cssSelector("#props-h + dl.props")).getText()).contains("2022年5月", "1.102 EFLOPS");
            zh.screenshot("resource-zh-accept-language");
            assertOnlyLocal(zh.requestedUrls());
        }
    }

    @Test
    void searchInEnglishAndChinese() {
        open("");
        WebElement box = find("#home-q");
        box.sendKeys("DOE", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("search?q=DOE"));
        List<WebElement> results = browser.driver.findElements(By.cssSelector("ol.results h2 a"));
        assertThat(results.get(0).getText()).isEqualTo("United States Department of Energy");
        browser.screenshot("search-en");

        find("#lang-zh").click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        WebElement zhBox = find("#search-q");
        zhBox.clear();
        zhBox.sendKeys("蛋白质", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("lang=zh"));
        browser.wait.until(d -> d.findElement(By.id("search-q")).getAttribute("value").equals("蛋白质"));
        results = browser.driver.findElements(By.cssSelector("ol.results h2 a"));
        assertThat(results.get(0).getText()).isEqualTo("蛋白质结构预测");
        assertThat(results.stream().map(WebElement::getText)).contains("AlphaFold 3");
        assertThat(lang()).isEqualTo("zh");
        browser.screenshot("search-zh");
    }

    @Test
    void exampleQueryRunsFromTheGallery() {
        open("query");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        find("#example-01-models-and-developers button.run").click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#yasgui .yasr table tbody tr"), 2));
        String table = find("#yasgui .yasr table tbody").getText();
        assertThat(table).contains("AlphaFold 3", "Google DeepMind", "GraphCast");
        assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr table tbody tr"))).hasSize(3);
        // IRIs in the results link to this site, not to w3id.org.
        browser.wait.until(d -> d.findElements(By.cssSelector("#yasgui .yasr tbody a[href^='https://w3id.org']"))
                .isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr tbody a")).stream()
                .map(a -> a.getAttribute("href"))).contains(server.base() + "resource/alphafold-3");
        String share = find("#share-link").getAttribute("value");
        assertThat(share).startsWith(server.base() + "query?query=").contains("ai4s%3AModel");
        browser.screenshot("query-gallery-run");

        // The shareable link brings the query back into the editor.
        browser.driver.get(share);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        String editor = (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return window.ai4sYasgui.getTab().getQuery();");
        assertThat(editor).contains("?model a ai4s:Model");
        List<String> sparql = browser.requestedUrls().stream().filter(u -> u.startsWith(server.base() + "sparql"))
                .toList();
        assertThat(sparql).isNotEmpty();
    }

    @Test
    void timeline() {
        open("timeline");
        WebElement svg = find("figure.timeline svg");
        assertThat(svg.isDisplayed()).isTrue();
        int events = browser.driver.findElements(By.cssSelector("ol.timeline-list li")).size();
        assertThat(events).isGreaterThanOrEqualTo(6);
        assertThat(browser.driver.findElements(By.cssSelector("figure.timeline circle"))).hasSize(events);
        assertThat(find("ol.timeline-list").getText()).contains("8 May 2024 — AlphaFold 3");
        browser.screenshot("timeline");
    }

    @Test
    void vocabularyPageLandsOnTheTerm() {
        open("ontology#Laboratory");
        WebElement term = find("#Laboratory");
        assertThat(term.getText()).contains("Laboratory", "实验室", "Organisation");
        Number top = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById('Laboratory').getBoundingClientRect().top;");
        assertThat(top.doubleValue()).isBetween(-5.0, 200.0);
        browser.screenshot("vocabulary");
        term.findElement(By.linkText("Organisation")).click();
        browser.wait.until(ExpectedConditions.urlContains("#Organisation"));
        assertThat(find("#Organisation").getText()).contains("schema:Organization");
    }
}
