package dev.aikg.bench;

import dev.aikg.query.QueryCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPathQueries {
    private static boolean path(String where) { return PathQueries.isPathQuery("SELECT * WHERE { " + where + " }"); }

    @Test
    void arbitraryLengthPathsArePathQueries() {
        assertTrue(path("?a <urn:p>+ ?b"));
        assertTrue(path("?a <urn:p>* ?b"));
        assertTrue(path("?a (<urn:p>|^<urn:q>)+ ?b"));
        assertTrue(path("?a <urn:r> ?b FILTER EXISTS { ?b <urn:p>+ ?c }"), "a path inside FILTER EXISTS counts");
        assertTrue(path("?a <urn:r> ?b OPTIONAL { SELECT ?b { ?b <urn:p>* ?c } }"), "and inside a sub-query");
    }

    @Test
    void fixedPathsJoinedIntoAWalkArePathQueries() {
        assertTrue(path("?a <urn:p>|<urn:q> ?m . ?m <urn:p>|<urn:q> ?b"));
    }

    @Test
    void thePathWalkingPropertyFunctionIsAPathQuery() {
        assertTrue(path("(?a ?b) <https://w3id.org/aikg/fn#connections> (?hops ?p1 ?m)"));
        assertTrue(path("GRAPH ?g { (?a ?b 2) <https://w3id.org/aikg/fn#connections> (?hops) }"));
        assertFalse(path("(?a ?b) <https://w3id.org/aikg/fn#other> (?hops)"));
    }

    @Test
    void plainPatternsAndSingleFixedPathsAreNot() {
        assertFalse(path("?a <urn:p> ?b . ?b <urn:q> ?c"));
        assertFalse(path("?a <urn:p>|<urn:q> ?b . ?b <urn:r> ?c"), "one alternative is a choice of predicate");
        assertFalse(path("?a <urn:p>/<urn:q> ?b"), "a fixed sequence compiles to plain triples");
        assertFalse(path("?a <urn:p>? ?b"));
        assertFalse(path("?a <urn:p>|<urn:q> ?a"), "a path from a variable to itself joins nothing");
    }

    @Test
    void inTheCatalogConnectionsIsAPathQueryAndCommentsIsNot() {
        QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
        assertTrue(PathQueries.isPathQuery(catalog.get("connections").sparql()));
        assertFalse(PathQueries.isPathQuery(catalog.get("comments").sparql()));
        assertFalse(PathQueries.isPathQuery(catalog.get("founders").sparql()));
    }
}
