package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The schema.org JSON-LD cannot end or change its script block, and reads back as the same JSON. */
class SchemaOrgTest {

    @Test
    void hostileNamesStayInsideTheScriptBlockAndReadBackTheSame() {
        for (String name : List.of("</script><script>alert(1)</script>", "<!-- <script> a & b > c \"quoted\" 'single'",
                "controls \u0000\u0001\b\t\n\r\u001b \u2028\u2029 end", "lone \ud800 surrogates \udc00 end")) {
            JsonObject o = new JsonObject();
            o.put("name", name);
            String escaped = SchemaOrg.escapeForScript(o.toString());
            assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029");
            assertThat(JSON.parseAny(escaped)).isEqualTo(o);
            Document page = Jsoup.parse("<script type=\"application/ld+json\">" + escaped + "</script><p>after</p>");
            assertThat(page.select("script")).hasSize(1);
            assertThat(JSON.parseAny(page.selectFirst("script").data())).isEqualTo(o);
            assertThat(page.select("p").text()).isEqualTo("after");
        }
    }
}
