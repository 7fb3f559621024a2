package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.ai4skg.core.Layout;
import org.ai4skg.core.Publication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every example query of the repository's {@code queries/} runs from the gallery in a real browser against the real
 * publication and shows result rows, without any request leaving the site. Skipped where there is no publication.
 */
class RealPublicationBrowserTest {

    @Test
    void everyExampleQueryRunsFromTheGallery() {
        Layout layout = Layout.fromEnvironment();
        Assumptions.assumeTrue(Files.isDirectory(layout.ontology()) && Files.isDirectory(layout.data())
                && Files.isDirectory(layout.queries()), "no publication and queries in " + layout.home());
        List<ExampleQueries.Example> examples = ExampleQueries.load(layout.queries());
        assertThat(examples).isNotEmpty();
        try (WebTestServer server = new WebTestServer(Publication.load(layout).all(), layout.queries());
             Browser browser = new Browser("en-US,en")) {
            for (ExampleQueries.Example example : examples) {
                browser.driver.get(server.base() + "query");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
                WebElement item = browser.driver.findElement(By.id("example-" + example.name()));
                assertThat(item.findElement(By.tagName("h3")).getText()).isEqualTo(example.title());
                item.findElement(By.cssSelector("button.run")).click();
                // A SELECT shows rows in the table, an ASK YASR's boolean answer, a CONSTRUCT the triples as text.
                try {
                    browser.wait.until(d -> !d.findElements(By.cssSelector(
                            "#yasgui .yasr table tbody tr, #yasgui .yasr .booleanResult, #yasgui .yasr .errorResult, "
                            + "#yasgui .yasr .CodeMirror-line"))
                            .isEmpty());
                } finally {
                    browser.screenshot("real-query-" + example.name());
                }
                assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr .errorResult")))
                        .as(example.name()).isEmpty();
                if (example.text().matches("(?is).*\\bASK\\s*\\{.*")) {
                    assertThat(browser.driver.findElement(By.cssSelector("#yasgui .yasr .booleanResult")).getText())
                            .as(example.name()).containsIgnoringCase("true");
                } else if (example.text().matches("(?is).*\\b(CONSTRUCT|DESCRIBE)\\b.*")) {
                    assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr .CodeMirror-line")))
                            .as(example.name()).isNotEmpty();
                } else {
                    assertThat(browser.driver.findElements(By.cssSelector("#yasgui .yasr table tbody tr")))
                            .as(example.name()).isNotEmpty();
                }
            }
            List<String> network = browser.requestedUrls().stream()
                    .filter(u -> u.matches("(?i)^(https?|wss?|ftp)://.*")).toList();
            assertThat(network).allMatch(u -> u.startsWith(server.base()));
        }
    }
}
