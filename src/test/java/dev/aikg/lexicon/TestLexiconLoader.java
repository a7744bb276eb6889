package dev.aikg.lexicon;

import dev.aikg.model.EntityType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader on small inline lexicons: name choice, label kinds, ticker strings, links. */
class TestLexiconLoader {
    private static final String PREFIXES = """
            @prefix aikg: <https://w3id.org/aikg/ns#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix org:  <https://w3id.org/aikg/id/org/> .
            @prefix person: <https://w3id.org/aikg/id/person/> .
            @prefix model: <https://w3id.org/aikg/id/model/> .
            @prefix exchange: <https://w3id.org/aikg/id/exchange/> .
            @prefix ticker: <https://w3id.org/aikg/id/ticker/> .
            """;

    private static final String SAMPLE = PREFIXES + """
            exchange:XTAI a aikg:StockExchange ; aikg:mic "XTAI" ; aikg:exchangeCode "TPE" .
            exchange:XNYS a aikg:StockExchange ; aikg:mic "XNYS" ; aikg:exchangeCode "NYSE" .
            org:chipfab a aikg:Company , aikg:Organization ;
                skos:prefLabel "Chipfabrik Nord"@de , "Chip Foundry North"@en ;
                skos:altLabel "CFN Corp." ;
                aikg:contextLabel "North" , "Chipfabrik Nord" ;
                owl:sameAs wd:Q424242 ;
                aikg:hasTicker ticker:XNYS-CFN , ticker:XTAI-9999 ;
                aikg:headquarteredIn "Hsinchu" .
            ticker:XNYS-CFN a aikg:Ticker ; aikg:symbol "CFN" ; aikg:listedOn exchange:XNYS ; aikg:primaryListing false .
            ticker:XTAI-9999 a aikg:Ticker ; aikg:symbol "9999" ; aikg:listedOn exchange:XTAI ; aikg:primaryListing true .
            person:ada-example a aikg:Person ; skos:prefLabel "Ada Example"@en ;
                aikg:founderOf org:chipfab ; aikg:ceoOf org:chipfab .
            model:quill-2 a aikg:AIModel ; skos:prefLabel "Quill-2"@en ; aikg:contextLabel "Q2" ;
                aikg:developedBy org:chipfab ; aikg:basedOn model:quill-1 .
            model:quill-1 a aikg:AIModel ; skos:prefLabel "Quill-1"@en ; aikg:developedBy org:chipfab .
            """;

    private static Lexicon parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return LexiconLoader.fromModel(m);
    }

    @Test
    void entriesComeInIdOrderWhateverOrderTheGraphListsThem() {
        // Entries sharing a label are tried in this order: it must not shift when unrelated entries are added.
        StringBuilder many = new StringBuilder(PREFIXES);
        for (int i = 40; i >= 0; i--) many.append("org:firm-").append((char) ('a' + i % 26)).append(i)
                .append(" a aikg:Company ; skos:prefLabel \"Firm ").append(i).append("\"@en ; aikg:contextLabel \"Firm\" .\n");
        List<String> ids = parse(many.toString()).entries().stream().map(LexiconEntry::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(41, ids.size());
    }

    @Test
    void englishPreferredLabelIsTheName() {
        LexiconEntry e = parse(SAMPLE).get("org/chipfab");
        assertEquals("Chip Foundry North", e.name());
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals("Company", e.subtype());
    }

    @Test
    void contextLabelsAreKeptApartFromLabels() {
        LexiconEntry e = parse(SAMPLE).get("org/chipfab");
        assertEquals(Set.of("North", "Chipfabrik Nord"), Set.copyOf(e.contextLabels()));
        assertTrue(e.labels().containsAll(List.of("Chip Foundry North", "CFN Corp.")), e.labels().toString());
        assertFalse(e.labels().contains("Chipfabrik Nord"), "a prefLabel that is also a contextLabel is context-only");
        assertFalse(e.labels().contains("North"));
    }

    @Test
    void primaryListingGivesTheTickerString() {
        LexiconEntry e = parse(SAMPLE).get("org/chipfab");
        assertEquals("TPE:9999", e.ticker());
        assertEquals("XTAI", e.mic());
        assertEquals("Q424242", e.wikidata());
    }

    @Test
    void everyListingFindsItsCompany() {
        Lexicon l = parse(SAMPLE);
        assertEquals("org/chipfab", l.byListing("NYSE:CFN").id(), "a secondary listing (an ADR) names the company too");
        assertEquals("org/chipfab", l.byListing("tpe:9999").id());
        assertNull(l.byListing("NYSE:XYZ"));
    }

    @Test
    void linksBecomeIdsAndLiterals() {
        Lexicon lex = parse(SAMPLE);
        assertEquals(List.of("org/chipfab"), lex.get("person/ada-example").linked("founderOf"));
        assertEquals(List.of("org/chipfab"), lex.get("person/ada-example").linked("ceoOf"));
        assertEquals(List.of("model/quill-1"), lex.get("model/quill-2").linked("basedOn"));
        assertEquals(List.of("Hsinchu"), lex.get("org/chipfab").linked("headquarteredIn"));
        assertEquals(List.of("Q2"), lex.get("model/quill-2").contextLabels());
        assertNull(lex.get("model/quill-2").ticker());
    }

    @Test
    void exchangesAndTickersAreNotEntities() {
        Lexicon lex = parse(SAMPLE);
        assertEquals(4, lex.size());
        assertNull(lex.get("exchange/XTAI"));
        assertNull(lex.get("ticker/XTAI-9999"));
    }

    @Test
    void entityWithoutPreferredLabelIsRejected() {
        String bad = PREFIXES + "org:nameless a aikg:Company ; skos:altLabel \"Nobody\" .\n";
        assertThrows(IllegalArgumentException.class, () -> parse(bad));
    }

    @Test
    void aSharedListingNamesTheParentWhateverTheOrder() {
        String parent = "org:holdco a aikg:Company ; skos:prefLabel \"Holdco\"@en ; aikg:hasTicker ticker:XNYS-HC .\n";
        String unit = "org:searchco a aikg:Company ; skos:prefLabel \"Searchco\"@en ; aikg:hasTicker ticker:XNYS-HC ; "
                + "aikg:spinOffOf org:holdco .\n";
        String rest = "exchange:XNYS a aikg:StockExchange ; aikg:mic \"XNYS\" ; aikg:exchangeCode \"NYSE\" .\n"
                + "ticker:XNYS-HC a aikg:Ticker ; aikg:symbol \"HC\" ; aikg:listedOn exchange:XNYS ; aikg:primaryListing true .\n";
        assertEquals("org/holdco", parse(PREFIXES + parent + unit + rest).byListing("NYSE:HC").id());
        assertEquals("org/holdco", parse(PREFIXES + rest + unit + parent).byListing("NYSE:HC").id());
    }
}
