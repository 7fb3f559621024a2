package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Escaped text stays text: an HTML parser finds the same string in element content and in a quoted attribute. */
class HtmlTest {

    @Test
    void hostileTextStaysTextInContentAndAttributes() {
        // HTML parsers turn carriage returns into line feeds, so the hostile strings carry none.
        for (String value : List.of("a<b>&amp;\"'\\ \t\n 中文 </p><script>alert(1)</script> <!-- x --> &lt;",
                "controls \u0001\u0007\b\u001b end", "lone \ud800 surrogates \udc00 end")) {
            String escaped = Html.escape(value);
            assertThat(escaped).doesNotContain("<", ">", "\"", "'");
            Element p = Jsoup.parseBodyFragment("<p title=\"" + escaped + "\">" + escaped + "</p><i title='" + escaped
                    + "'>after</i>").body();
            assertThat(p.children()).hasSize(2);
            assertThat(p.child(0).wholeText()).isEqualTo(value);
            assertThat(p.child(0).attr("title")).isEqualTo(value);
            assertThat(p.child(1).attr("title")).isEqualTo(value);
        }
    }
}
