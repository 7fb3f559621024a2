package org.ai4skg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The vocabulary in {@code ontology/} is OWL 2 DL, consistent, and has no unsatisfiable class. */
class OwlProfileTest {

    private static OWLOntology vocabulary() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        return manager.loadOntologyFromOntologyDocument(new File("ontology/ai4s.ttl"));
    }

    @Test
    void theVocabularyIsOwl2Dl() throws Exception {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(vocabulary()).getViolations();
        violations.forEach(v -> System.out.println("OWL 2 DL violation: " + v));
        assertThat(violations).as("OWL 2 DL profile violations").isEmpty();
    }

    @Test
    void theVocabularyIsConsistentWithoutUnsatisfiableClasses() throws Exception {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(vocabulary());
        try {
            assertThat(reasoner.isConsistent()).isTrue();
            assertThat(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()).isEmpty();
        } finally {
            reasoner.dispose();
        }
    }
}
