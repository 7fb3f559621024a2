package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/** The timeline's pages: whole years while they fit in a page, a year larger than a page cut into pages of its own. */
class TimelinePagesTest {

    private static List<Triple> milestones(int... perYear) {
        List<Triple> sorted = new ArrayList<>();
        for (int y = 0; y < perYear.length; y++) {
            for (int i = 0; i < perYear[y]; i++) {
                sorted.add(Triple.create(Rdf.iri(Rdf.RESOURCES + "t-" + y + "-" + i), Rdf.iri(Rdf.ONTOLOGY + "#releaseDate"),
                        NodeFactory.createLiteralDT((2000 + y) + "-01-01", XSDDatatype.XSDdate)));
            }
        }
        return sorted;
    }

    @Test
    void aSmallTimelineIsOnePage() {
        assertThat(TimelinePage.pageStarts(milestones(3, 40, 12))).containsExactly(0);
        assertThat(TimelinePage.pageStarts(milestones())).isEmpty();
    }

    @Test
    void pagesHoldWholeYearsAndCutOnlyAYearLargerThanAPage() {
        int page = TimelinePage.PAGE;
        List<Integer> starts = TimelinePage.pageStarts(milestones(300, 300, 1200));
        assertThat(starts).containsExactly(0, 300, 600, 600 + page, 600 + 2 * page);
        // Three years that fit together share a page.
        assertThat(TimelinePage.pageStarts(milestones(100, 100, 100, page))).containsExactly(0, 300);
    }
}
