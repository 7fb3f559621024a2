package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The label index finds what a reader expects, in English and Chinese, acronyms first. */
class SearchIndexTest {

    private static final SearchIndex INDEX = SearchIndex.build(WebFixture.publication());

    private static List<String> slugs(String q) {
        return INDEX.search(q, 10).stream().map(h -> Rdf.localName(h.entity().getURI())).toList();
    }

    @Test
    void indexesEveryLabelledEntity() {
        assertThat(INDEX.size()).isGreaterThan(20);
    }

    @Test
    void chineseWordFindsTheFieldFirstThenItsModels() {
        List<String> hits = slugs("蛋白质");
        assertThat(hits.get(0)).isEqualTo("protein-structure-prediction");
        assertThat(hits).contains("alphafold-3", "alphafold-2");
        assertThat(hits.indexOf("alphafold-3")).isGreaterThan(0);
    }

    @Test
    void modelNameFindsTheModels() {
        List<String> hits = slugs("AlphaFold");
        assertThat(hits.subList(0, 2)).containsExactlyInAnyOrder("alphafold-3", "alphafold-2");
    }

    @Test
    void exactNameRanksFirst() {
        assertThat(slugs("AlphaFold 3").get(0)).isEqualTo("alphafold-3");
        assertThat(slugs("alphafold 2").get(0)).isEqualTo("alphafold-2");
    }

    @Test
    void acronymFindsTheOrganisationBeforeThingsThatMerelyContainIt() {
        List<String> hits = slugs("DOE");
        assertThat(hits.get(0)).isEqualTo("us-department-of-energy");
        assertThat(hits).contains("doe-office-of-science");
        assertThat(slugs("doe").get(0)).isEqualTo("us-department-of-energy");
    }

    @Test
    void chineseNameAndPrefix() {
        assertThat(slugs("美国能源部").get(0)).isEqualTo("us-department-of-energy");
        assertThat(slugs("橡树岭").get(0)).isEqualTo("oak-ridge-national-laboratory");
        assertThat(slugs("Alpha")).contains("alphafold-3");
        assertThat(slugs("ORNL").get(0)).isEqualTo("oak-ridge-national-laboratory");
    }

    @Test
    void nothingForNoise() {
        assertThat(slugs("zzzxq")).isEmpty();
        assertThat(slugs("   ")).isEmpty();
    }
}
