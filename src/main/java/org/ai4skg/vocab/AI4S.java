package org.ai4skg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the publication's vocabulary ({@code ontology/ai4s.ttl}), one constant per declared term, in the
 * file's order. Code names a vocabulary term only through this class; {@code AI4STest} checks that every constant is
 * declared in the ontology and that no other class spells the namespace.
 */
public final class AI4S {

    /** The ontology's IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/ai4s-kg/ontology";
    /** The namespace of the vocabulary's terms. */
    public static final String NS = ONTOLOGY_IRI + "#";
    /** The ontology itself. */
    public static final Node ONTOLOGY = NodeFactory.createURI(ONTOLOGY_IRI);

    // Classes
    public static final Node Advantage = term("Advantage");
    public static final Node AIModel = term("AIModel");
    public static final Node AISystem = term("AISystem");
    public static final Node AITechnique = term("AITechnique");
    public static final Node Award = term("Award");
    public static final Node Challenge = term("Challenge");
    public static final Node Company = term("Company");
    public static final Node ComputingFacility = term("ComputingFacility");
    public static final Node Council = term("Council");
    public static final Node Database = term("Database");
    public static final Node Document = term("Document");
    public static final Node DocumentSection = term("DocumentSection");
    public static final Node Event = term("Event");
    public static final Node ExecutiveOrder = term("ExecutiveOrder");
    public static final Node Experiment = term("Experiment");
    public static final Node Facility = term("Facility");
    public static final Node GeneralChallenge = term("GeneralChallenge");
    public static final Node GovernmentAgency = term("GovernmentAgency");
    public static final Node IntergovernmentalOrganisation = term("IntergovernmentalOrganisation");
    public static final Node LaboratoryProject = term("LaboratoryProject");
    public static final Node LaterStatement = term("LaterStatement");
    public static final Node Milestone = term("Milestone");
    public static final Node NationalLaboratory = term("NationalLaboratory");
    public static final Node Need = term("Need");
    public static final Node Objective = term("Objective");
    public static final Node Office = term("Office");
    public static final Node OperationalStatus = term("OperationalStatus");
    public static final Node Organisation = term("Organisation");
    public static final Node Period = term("Period");
    public static final Node Person = term("Person");
    public static final Node PilotProject = term("PilotProject");
    public static final Node Policy = term("Policy");
    public static final Node Post = term("Post");
    public static final Node Programme = term("Programme");
    public static final Node ProgrammeModule = term("ProgrammeModule");
    public static final Node Project = term("Project");
    public static final Node ProjectCategory = term("ProjectCategory");
    public static final Node Quantity = term("Quantity");
    public static final Node Recommendation = term("Recommendation");
    public static final Node Report = term("Report");
    public static final Node ResearchField = term("ResearchField");
    public static final Node ResearchTask = term("ResearchTask");
    public static final Node ScholarlyArticle = term("ScholarlyArticle");
    public static final Node ScientificConcept = term("ScientificConcept");
    public static final Node SoftwareFramework = term("SoftwareFramework");
    public static final Node SourceCorrection = term("SourceCorrection");
    public static final Node SourcePassage = term("SourcePassage");
    public static final Node StrategicDirection = term("StrategicDirection");
    public static final Node StrategyDocument = term("StrategyDocument");
    public static final Node SubDirection = term("SubDirection");
    public static final Node Supercomputer = term("Supercomputer");
    public static final Node University = term("University");
    public static final Node UserFacility = term("UserFacility");

    // Object properties
    public static final Node addresses = term("addresses");
    public static final Node alsoHolds = term("alsoHolds");
    public static final Node application = term("application");
    public static final Node appliedIn = term("appliedIn");
    public static final Node assignedTo = term("assignedTo");
    public static final Node assistsWith = term("assistsWith");
    public static final Node awardReceived = term("awardReceived");
    public static final Node breakthroughIn = term("breakthroughIn");
    public static final Node budget = term("budget");
    public static final Node collaborator = term("collaborator");
    public static final Node computingResearchYears = term("computingResearchYears");
    public static final Node contributesTo = term("contributesTo");
    public static final Node coreMember = term("coreMember");
    public static final Node correctedProperty = term("correctedProperty");
    public static final Node correctionKind = term("correctionKind");
    public static final Node correctsEntity = term("correctsEntity");
    public static final Node developer = term("developer");
    public static final Node direction = term("direction");
    public static final Node dominantMethodIn = term("dominantMethodIn");
    public static final Node duration = term("duration");
    public static final Node enabledBy = term("enabledBy");
    public static final Node facilityCount = term("facilityCount");
    public static final Node field = term("field");
    public static final Node focusArea = term("focusArea");
    public static final Node funder = term("funder");
    public static final Node hasModule = term("hasModule");
    public static final Node host = term("host");
    public static final Node involves = term("involves");
    public static final Node issuer = term("issuer");
    public static final Node laboratory = term("laboratory");
    public static final Node leadOrganisation = term("leadOrganisation");
    public static final Node mainDriverOf = term("mainDriverOf");
    public static final Node mandatedBy = term("mandatedBy");
    public static final Node modelFamily = term("modelFamily");
    public static final Node moduleCount = term("moduleCount");
    public static final Node nationalLaboratoryCount = term("nationalLaboratoryCount");
    public static final Node parameterCount = term("parameterCount");
    public static final Node parentOrganisation = term("parentOrganisation");
    public static final Node participantIn = term("participantIn");
    public static final Node partOfProgramme = term("partOfProgramme");
    public static final Node performance = term("performance");
    public static final Node pilotProjectCount = term("pilotProjectCount");
    public static final Node postIn = term("postIn");
    public static final Node predecessor = term("predecessor");
    public static final Node predictedCrystalCount = term("predictedCrystalCount");
    public static final Node problemsAttempted = term("problemsAttempted");
    public static final Node problemsSolved = term("problemsSolved");
    public static final Node productivityGain = term("productivityGain");
    public static final Node projectCategory = term("projectCategory");
    public static final Node projectCount = term("projectCount");
    public static final Node proposedIn = term("proposedIn");
    public static final Node quantity = term("quantity");
    public static final Node rorId = term("rorId");
    public static final Node sourcePassage = term("sourcePassage");
    public static final Node speedUp = term("speedUp");
    public static final Node stableCrystalCount = term("stableCrystalCount");
    public static final Node status = term("status");
    public static final Node structureCount = term("structureCount");
    public static final Node trainingDataSize = term("trainingDataSize");
    public static final Node updates = term("updates");
    public static final Node userFacilityCount = term("userFacilityCount");
    public static final Node usesTechnique = term("usesTechnique");

    // Datatype properties
    public static final Node date = term("date");
    public static final Node dissolutionDate = term("dissolutionDate");
    public static final Node earliestDate = term("earliestDate");
    public static final Node endDate = term("endDate");
    public static final Node eventDate = term("eventDate");
    public static final Node foundingDate = term("foundingDate");
    public static final Node isApproximate = term("isApproximate");
    public static final Node isEstimate = term("isEstimate");
    public static final Node isLowerBound = term("isLowerBound");
    public static final Node latestDate = term("latestDate");
    public static final Node maximumValue = term("maximumValue");
    public static final Node minimumValue = term("minimumValue");
    public static final Node pointInTime = term("pointInTime");
    public static final Node releaseDate = term("releaseDate");
    public static final Node sectionNumber = term("sectionNumber");
    public static final Node sourceClaim = term("sourceClaim");
    public static final Node startDate = term("startDate");

    // Annotation properties
    public static final Node correctedValue = term("correctedValue");

    // Units and other terms
    public static final Node FLOP_PER_SEC = term("FLOP-PER-SEC");

    private AI4S() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
