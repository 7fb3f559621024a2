package org.ai4skg.server;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        try (TestServer s = TestServer.start(b -> b.timeout(java.time.Duration.ofSeconds(2)).maxRows(20))) {
            for (String[] r : new String[][] {
                    {"GET", "/sparql", null, null},
                    {"GET", "/sparql?query=" + TestServer.encode("SELECT * {?s ?p ?o}"), null, null},
                    {"GET", "/sparql?query=" + TestServer.encode("SELECT (COUNT(*) AS ?n) {?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o}"), null, null},
                    {"GET", "/sparql?query=" + TestServer.encode("SELECT * {?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o}"), null, null},
                    {"GET", "/sparql?query=" + TestServer.encode("SELECT * { SERVICE <http://127.0.0.1/sparql> {?s ?p ?o}}"), null, null},
                    {"POST", "/sparql", "application/sparql-update", "INSERT DATA { <a:b> <a:c> <a:d> }"},
                    {"POST", "/sparql", "application/x-www-form-urlencoded", "update=" + TestServer.encode("INSERT DATA { <a:b> <a:c> <a:d> }")},
                    {"PUT", "/sparql", "text/turtle", "<a:b> <a:c> <a:d> ."},
                    {"GET", "/$/ping", null, null},
                    {"GET", "/$/metrics", null, null},
                    {"GET", "/$/datasets", null, null},
                    {"GET", "/resource/alphafold-3", null, null},
                    {"GET", "/resource/%E8%9B%8B%E7%99%BD%E8%B4%A8%E7%BB%93%E6%9E%84%E9%A2%84%E6%B5%8B", null, null},
                    {"GET", "/resource/na%C3%AFve-bayes.nt", null, null},
                    {"GET", "/ontology", null, null},
                    {"GET", "/dumps/", null, null},
                    {"GET", "/dumps/ai4s-kg.ttl.gz", null, null},
                    {"GET", "/.well-known/void", null, null},
                    {"OPTIONS", "/sparql", null, null},
            }) {
                var resp = s.send(r[0], r[1], r[2], r[3], "Origin", "http://example.org", "Access-Control-Request-Method", "POST",
                        "Access-Control-Request-Headers", "Content-Type, Accept");
                String body = resp.body();
                System.out.println("=== " + r[0] + " " + r[1] + " -> " + resp.statusCode() + " " + resp.headers().map());
                System.out.println(body.length() > 600 ? body.substring(0, 600) : body);
            }
            System.out.println(s.accessLog);
        }
    }
}
