package org.ai4skg.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A JSON object:
 * <pre>
 * {
 *   "conforms": false,           // the verdict of ai4s validate: no violation (with --strict: no result at all)
 *   "shaclConforms": false,      // sh:conforms of the standard report: no result of any severity
 *   "strict": false,
 *   "summary": { "violations": 1, "warnings": 0, "infos": 0, "files": 2, "triples": 40, "shapes": 12 },
 *   "results": [ { "severity": "Violation", "focus": "res:bad-model", "focusIri": "https://...",
 *                  "path": "ai4s:developer", "value": "res:nobody", "message": "...",
 *                  "component": "sh:MinCountConstraintComponent", "shape": "ai4sh:ModelShape",
 *                  "file": "data/models.ttl", "line": 12 } ]
 * }
 * </pre>
 * {@code path}, {@code value}, {@code file} and {@code line} are left out when unknown, {@code shape} when the shape is
 * a blank node.
 */
public final class JsonReport implements ReportFormatter {

    @Override
    public String render(Validation validation, boolean strict) {
        Names names = new Names(validation.prefixes());
        JsonObject root = new JsonObject();
        root.put("conforms", validation.conforms(strict));
        root.put("shaclConforms", validation.shaclConforms());
        root.put("strict", strict);
        JsonObject summary = new JsonObject();
        summary.put("violations", validation.violations());
        summary.put("warnings", validation.warnings());
        summary.put("infos", validation.infos());
        summary.put("files", validation.files());
        summary.put("triples", validation.triples());
        summary.put("shapes", validation.shapes());
        root.put("summary", summary);
        JsonArray results = new JsonArray();
        for (Finding finding : validation.findings()) {
            JsonObject result = new JsonObject();
            result.put("severity", finding.severityName());
            result.put("focus", names.of(finding.focus()));
            if (finding.focus().isURI()) {
                result.put("focusIri", finding.focus().getURI());
            }
            putIfPresent(result, "path", names.of(finding.path()));
            putIfPresent(result, "value", names.of(finding.value()));
            result.put("message", names.inText(finding.message()));
            result.put("component", names.of(finding.component()));
            if (finding.shape() != null && finding.shape().isURI()) {
                result.put("shape", names.of(finding.shape()));
            }
            finding.location().ifPresent(at -> {
                result.put("file", org.ai4skg.publication.DisplayPath.of(at.file()));
                if (at.line() > 0) {
                    result.put("line", at.line());
                }
            });
            results.add(result);
        }
        root.put("results", results);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void putIfPresent(JsonObject object, String key, String value) {
        if (!value.isEmpty()) {
            object.put(key, value);
        }
    }
}
