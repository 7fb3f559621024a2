package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Quantities, numbers and dates as readers see them. */
class ValueFormatterTest {

    private static final Graph G = GraphFactory.createDefaultGraph();

    static {
        RDFParser.fromString("""
                @prefix ai4s: <https://w3id.org/ai4s-kg/ontology#> .
                @prefix qty: <https://w3id.org/ai4s-kg/resource/quantity/> .
                @prefix qudt: <http://qudt.org/schema/qudt/> .
                @prefix unit: <http://qudt.org/vocab/unit/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                qty:count a ai4s:Quantity ; ai4s:isLowerBound true ; qudt:numericValue "2.0E+08"^^xsd:double ;
                    qudt:unit unit:NUM .
                qty:range a ai4s:Quantity ; ai4s:isEstimate true ; ai4s:minimumValue "1.0E+11"^^xsd:double ;
                    ai4s:maximumValue "1.0E+12"^^xsd:double ; qudt:unit unit:BYTE .
                qty:gain a ai4s:Quantity ; qudt:numericValue "10.0"^^xsd:double ; qudt:unit unit:UNITLESS .
                qty:money a ai4s:Quantity ; qudt:numericValue "1.5"^^xsd:decimal ; qudt:unit unit:CCY_USD .
                qty:el-capitan a ai4s:Quantity ; ai4s:isEstimate true ; ai4s:isLowerBound true ;
                    qudt:numericValue 2000000000000000000.0 ; qudt:unit ai4s:FLOP-PER-SEC .
                qty:hpl a ai4s:Quantity ; qudt:numericValue "1.012E18"^^xsd:double ; qudt:unit ai4s:FLOP-PER-SEC .
                ai4s:FLOP-PER-SEC qudt:symbol "FLOP/s" ;
                    <http://www.w3.org/2000/01/rdf-schema#label> "floating-point operations per second"@en .
                qty:years a ai4s:Quantity ; qudt:numericValue 7.0 ; qudt:unit unit:YR .
                qty:share a ai4s:Quantity ; qudt:numericValue 0.250 ; qudt:unit unit:UNITLESS .
                qty:many a ai4s:Quantity ; qudt:numericValue 1000000000000000000 ; qudt:unit unit:NUM .
                qty:speed a qudt:QuantityKind ; <http://www.w3.org/2004/02/skos/core#prefLabel> "Speed"@en ;
                    ai4s:structureCount "3"^^xsd:integer .
                """, org.apache.jena.riot.Lang.TURTLE).parse(G);
    }

    private static String quantity(String slug, Lang lang) {
        ValueFormatter f = new ValueFormatter(G, new Labels(G), new Links("http://localhost/", null), lang);
        return f.format(Rdf.iri(Rdf.RESOURCES + "quantity/" + slug)).text().value();
    }

    @Test
    void quantitiesReadAsNumbersWithUnitsAndBounds() {
        assertThat(quantity("count", Lang.EN)).isEqualTo("≥ 200,000,000");
        assertThat(quantity("range", Lang.EN)).isEqualTo("≈ 100,000,000,000–1,000,000,000,000 bytes");
        assertThat(quantity("range", Lang.ZH)).isEqualTo("≈ 100,000,000,000–1,000,000,000,000 字节");
        assertThat(quantity("gain", Lang.EN)).isEqualTo("10");
        assertThat(quantity("money", Lang.EN)).isEqualTo("1.5 US dollars");
    }

    @Test
    void largeMeasuresReadInPowersOfTenWithTheUnitsSymbolAndCountsStayWholeNumbers() {
        // "≥ 2000000000000000000.0 floating-point operations per second" is how no person writes it.
        assertThat(quantity("el-capitan", Lang.EN)).isEqualTo("≥ 2 × 10¹⁸ FLOP/s");
        assertThat(quantity("el-capitan", Lang.ZH)).isEqualTo("≥ 2 × 10¹⁸ FLOP/s");
        assertThat(quantity("hpl", Lang.EN)).isEqualTo("1.012 × 10¹⁸ FLOP/s");
        // A decimal without a spurious ".0", a fraction without trailing zeros, a count however large in full.
        assertThat(quantity("years", Lang.EN)).isEqualTo("7 years");
        assertThat(quantity("share", Lang.EN)).isEqualTo("0.25");
        assertThat(quantity("many", Lang.EN)).isEqualTo("1,000,000,000,000,000,000");
    }

    @Test
    void numbersAsWritten() {
        assertThat(ValueFormatter.number(decimal("999999999999999.0"))).isEqualTo("999,999,999,999,999");
        assertThat(ValueFormatter.number(decimal("1000000000000000"))).isEqualTo("1 × 10¹⁵");
        assertThat(ValueFormatter.number(decimal("-25000000000000000000"))).isEqualTo("-2.5 × 10¹⁹");
        assertThat(ValueFormatter.number(decimal("1.50"))).isEqualTo("1.5");
        assertThat(ValueFormatter.number(decimal("0.000001"))).isEqualTo("0.000001");
        assertThat(ValueFormatter.number(decimal("0.00000025"))).isEqualTo("2.5 × 10⁻⁷");
        assertThat(ValueFormatter.number(decimal("0.0"))).isEqualTo("0");
        assertThat(ValueFormatter.number(org.apache.jena.graph.NodeFactory.createLiteralDT("not a number",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring))).isEqualTo("not a number");
    }

    private static org.apache.jena.graph.Node decimal(String lexical) {
        return org.apache.jena.graph.NodeFactory.createLiteralDT(lexical,
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
    }

    @Test
    void aQuantityIsKnownByItsTypeAndPropertiesNotByTheirNames() {
        // qudt:QuantityKind is not ai4s:Quantity, and a count is not a qudt:numericValue.
        assertThat(quantity("speed", Lang.EN)).isEqualTo("Speed");
        ValueFormatter f = new ValueFormatter(G, new Labels(G), new Links("http://localhost/", null), Lang.EN);
        assertThat(f.quantity(Rdf.iri(Rdf.RESOURCES + "quantity/speed"))).isNull();
    }

    @Test
    void theSchemaOrgTypeComesFromTheVocabularyNotFromClassNames() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix ai4s: <https://w3id.org/ai4s-kg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix res: <https://w3id.org/ai4s-kg/resource/> .
                ai4s:ProjectCategory rdfs:subClassOf <http://www.w3.org/2004/02/skos/core#Concept> .
                ai4s:NationalLaboratory rdfs:subClassOf ai4s:Organisation .
                res:category a ai4s:ProjectCategory .
                res:lab a ai4s:NationalLaboratory .
                """, org.apache.jena.riot.Lang.TURTLE).parse(g);
        assertThat(SchemaOrg.type(g, Rdf.iri(Rdf.RESOURCES + "category"))).isEqualTo("Thing");
        assertThat(SchemaOrg.type(g, Rdf.iri(Rdf.RESOURCES + "lab"))).isEqualTo("Organization");
    }

    @Test
    void datesAtTheirPrecision() {
        var year = org.apache.jena.graph.NodeFactory.createLiteralDT("2024", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear);
        var month = org.apache.jena.graph.NodeFactory.createLiteralDT("2024-05",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth);
        var day = org.apache.jena.graph.NodeFactory.createLiteralDT("2024-05-08",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        assertThat(Dates.format(year, Lang.EN)).isEqualTo("2024");
        assertThat(Dates.format(year, Lang.ZH)).isEqualTo("2024年");
        assertThat(Dates.format(month, Lang.EN)).isEqualTo("May 2024");
        assertThat(Dates.format(month, Lang.ZH)).isEqualTo("2024年5月");
        assertThat(Dates.format(day, Lang.EN)).isEqualTo("8 May 2024");
        assertThat(Dates.format(day, Lang.ZH)).isEqualTo("2024年5月8日");
    }

    @Test
    void acceptLanguageNegotiation() {
        assertThat(Lang.fromAcceptLanguage(null)).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage("en;q=0.5, zh-TW;q=0.8")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage("fr, de;q=0.9")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("zh;q=0, en")).isEqualTo(Lang.EN);
    }
}
