package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ai4skg.server.PublicationServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * What the real publication cannot show in a browser, on the fixture publication: a label holding markup stays text
 * (no script runs), and a label missing in the page's language is shown in the other one, marked. The walk through
 * the real site is {@link ServeBrowserTest}.
 */
class BrowserTest {

    @RegisterExtension
    static final PublicationServerExtension server = PublicationServerExtension.serving(WebFixture.HOME);
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser("en-US,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void onlyLocalRequests() {
        browser.assertOnlyLocal(server.base());
    }

    @Test
    void aLabelWithMarkupStaysTextAndRunsNothing() {
        browser.driver.get(server.base() + "resource/script-test");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("<script>alert(1)</script> Programme");
        assertThat(browser.driver.findElement(By.cssSelector("p.definition")).getText()).contains("<b>markup</b>");
        assertThat(browser.driver.findElements(By.cssSelector("p.definition b"))).isEmpty();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        // The search box echoes markup as text too.
        browser.driver.get(server.base() + "search?q=" + Links.encode("<img src=x onerror=alert(1)>"));
        assertThat(browser.driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.driver.get(server.base() + "resource/script-test");
        browser.screenshot("fixture-script-label");
    }

    @Test
    void aMissingLabelIsShownInTheOtherLanguageMarked() {
        browser.driver.get(server.base() + "resource/exascale-computing-project");
        WebElement label = browser.driver.findElement(By.cssSelector("h1 span.fallback"));
        assertThat(label.getText()).isEqualTo("科学智能专项");
        assertThat(label.getAttribute("lang")).isEqualTo("zh");
        assertThat(label.getAttribute("title")).isEqualTo("No English label: shown in Chinese");
        String style = (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return getComputedStyle(arguments[0]).fontStyle;", label);
        assertThat(style).as("the fallback looks different").isNotEqualTo("normal");
        browser.screenshot("fixture-fallback-label");
    }
}
