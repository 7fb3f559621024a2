package org.ai4skg.validate;

import java.io.StringWriter;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The standard {@code sh:ValidationReport} graph in Turtle, with the input's prefixes. */
public final class TurtleReport implements ReportFormatter {

    @Override
    public String render(Validation validation, boolean strict) {
        Model model = ModelFactory.createDefaultModel();
        validation.prefixes().forEach(model::setNsPrefix);
        model.setNsPrefix("sh", SHACL.getURI());
        model.add(validation.report().getModel());
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}
