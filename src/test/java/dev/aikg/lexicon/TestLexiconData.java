package dev.aikg.lexicon;

import dev.aikg.Namespaces;
import dev.aikg.model.EntityType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the curated lexicon in {@code data/lexicon}: size, completeness, id rule, labels, tickers, links. */
class TestLexiconData {
    private static final Path DIR = Path.of("data/lexicon");
    /** Exchange codes allowed as the prefix of "EXCHANGE:SYMBOL" (the brief's list). */
    /** The codes tickers may use: those of the exchanges the lexicon declares, at least the main ones. */
    private static Set<String> EXCHANGE_CODES;
    private static final Set<String> MAIN_EXCHANGE_CODES = Set.of("NASDAQ", "NYSE", "ETR", "AMS", "EPA", "SWX", "TYO",
            "HKG", "SHA", "SHE", "KRX", "TPE", "LON", "BIT", "STO", "CPH", "TSX");
    private static final Pattern TICKER = Pattern.compile("([A-Z]+):([A-Z0-9]+)");
    private static final List<String> ORG_LINKS = List.of("founderOf", "ceoOf", "worksFor");

    private static Lexicon lexicon;
    private static Model model;

    @BeforeAll
    static void load() {
        lexicon = LexiconLoader.load(DIR);
        model = LexiconLoader.readModel(DIR);
        EXCHANGE_CODES = model.listObjectsOfProperty(aikg("exchangeCode")).toList().stream()
                .map(n -> n.asLiteral().getString()).collect(Collectors.toSet());
    }

    @Test
    void theExchangesDeclareTheMainCodesEachWithAMic() {
        assertTrue(EXCHANGE_CODES.containsAll(MAIN_EXCHANGE_CODES), EXCHANGE_CODES.toString());
        for (Resource ex : model.listSubjectsWithProperty(aikg("exchangeCode")).toList()) {
            assertNotNull(ex.getProperty(aikg("mic")), ex + " has no MIC");
        }
    }

    @Test
    void everyFileParsesOnItsOwn() {
        List<Path> files = LexiconLoader.ttlFiles(DIR);
        Set<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("exchanges.ttl", "companies.ttl", "investors.ttl", "media.ttl",
                "research.ttl", "people.ttl", "models.ttl", "chips.ttl", "indices.ttl")), names.toString());
        for (Path p : files) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(p).parse(m);
            assertFalse(m.isEmpty(), p + " is empty");
        }
    }

    @Test
    void hasEnoughEntitiesOfEachType() {
        assertTrue(lexicon.size() >= 400, "entities: " + lexicon.size());
        assertTrue(count(EntityType.PERSON) >= 100, "people: " + count(EntityType.PERSON));
        assertTrue(count(EntityType.AI_MODEL) >= 60, "models: " + count(EntityType.AI_MODEL));
        assertTrue(count(EntityType.CHIP) >= 40, "chips: " + count(EntityType.CHIP));
        assertTrue(count(EntityType.STOCK_INDEX) >= 15, "indices: " + count(EntityType.STOCK_INDEX));
        assertTrue(count(EntityType.ORGANIZATION) >= 150, "organisations: " + count(EntityType.ORGANIZATION));
    }

    @Test
    void everyEntityHasAnEnglishPreferredLabel() {
        for (Resource s : entitySubjects()) {
            boolean en = s.listProperties(SKOS.prefLabel).toList().stream()
                    .anyMatch(st -> st.getObject().isLiteral() && "en".equals(st.getLiteral().getLanguage()));
            assertTrue(en, "no English prefLabel: " + s);
        }
    }

    @Test
    void idsFollowTheSlugRuleOfTheEnglishName() {
        for (LexiconEntry e : lexicon.entries()) {
            assertEquals(kind(e.type()) + "/" + slug(e.name()), e.id(), "id of '" + e.name() + "'");
        }
    }

    @Test
    void everyModelHasAnExistingDeveloper() {
        for (LexiconEntry e : ofType(EntityType.AI_MODEL)) {
            assertFalse(e.linked("developedBy").isEmpty(), e.id() + " has no developedBy");
            e.linked("developedBy").forEach(t -> assertType(t, EntityType.ORGANIZATION, e.id() + " developedBy"));
            e.linked("basedOn").forEach(t -> assertType(t, EntityType.AI_MODEL, e.id() + " basedOn"));
        }
    }

    @Test
    void everyChipHasAnExistingMaker() {
        for (LexiconEntry e : ofType(EntityType.CHIP)) {
            assertFalse(e.linked("manufacturedBy").isEmpty(), e.id() + " has no manufacturedBy");
            e.linked("manufacturedBy").forEach(t -> assertType(t, EntityType.ORGANIZATION, e.id() + " manufacturedBy"));
        }
    }

    @Test
    void personAndOrganisationLinksPointAtOrganisations() {
        for (LexiconEntry e : lexicon.entries()) {
            for (String p : ORG_LINKS) {
                if (e.linked(p).isEmpty()) continue;
                assertEquals(EntityType.PERSON, e.type(), e.id() + " has " + p + " but is no person");
                e.linked(p).forEach(t -> assertType(t, EntityType.ORGANIZATION, e.id() + " " + p));
            }
            for (String p : List.of("spinOffOf", "investedIn")) {
                if (!e.linked(p).isEmpty()) assertEquals(EntityType.ORGANIZATION, e.type(), e.id() + " " + p);
                e.linked(p).forEach(t -> assertType(t, EntityType.ORGANIZATION, e.id() + " " + p));
            }
            assertFalse(e.linked("spinOffOf").contains(e.id()), e.id() + " is its own parent");
        }
    }

    @Test
    void everyLinkTargetExists() {
        Set<String> typed = model.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI).collect(Collectors.toSet());
        model.listStatements().forEach(st -> {
            RDFNode o = st.getObject();
            if (st.getPredicate().equals(RDF.type) || !o.isURIResource()) return;
            if (!o.asResource().getURI().startsWith(Namespaces.ID)) return;
            assertTrue(typed.contains(o.asResource().getURI()), "dangling link: " + st);
        });
        Property hq = model.createProperty(Namespaces.AIKG, "headquarteredIn");
        model.listStatements(null, hq, (RDFNode) null)
                .forEach(st -> assertTrue(st.getObject().isLiteral(), "headquarteredIn must be a city literal: " + st));
    }

    @Test
    void tickersAreExchangeColonSymbolWithAKnownExchange() {
        int listed = 0;
        for (LexiconEntry e : lexicon.entries()) {
            if (e.ticker() == null) continue;
            listed++;
            var m = TICKER.matcher(e.ticker());
            assertTrue(m.matches(), e.id() + " ticker " + e.ticker());
            assertTrue(EXCHANGE_CODES.contains(m.group(1)), e.id() + " exchange " + e.ticker());
            assertNotNull(e.mic(), e.id() + " has no MIC");
        }
        assertTrue(listed >= 100, "listed companies: " + listed);
    }

    @Test
    void tickerResourcesAreWellFormedWithOnePrimaryListingPerEntity() {
        Property symbol = aikg("symbol"), listedOn = aikg("listedOn"), primary = aikg("primaryListing");
        Property mic = aikg("mic"), code = aikg("exchangeCode"), hasTicker = aikg("hasTicker");
        for (Resource t : model.listSubjectsWithProperty(RDF.type, model.createResource(Namespaces.AIKG + "Ticker")).toList()) {
            Resource ex = t.getPropertyResourceValue(listedOn);
            assertNotNull(ex, t + " has no exchange");
            assertTrue(EXCHANGE_CODES.contains(ex.getProperty(code).getString()), t + " exchange code");
            String expected = Namespaces.ID + "ticker/" + ex.getProperty(mic).getString() + "-" + t.getProperty(symbol).getString();
            assertEquals(expected, t.getURI(), "ticker IRI");
            assertNotNull(t.getProperty(primary), t + " has no primaryListing flag");
        }
        for (Resource s : model.listSubjectsWithProperty(hasTicker).toList()) {
            long primaries = s.listProperties(hasTicker).toList().stream()
                    .filter(st -> st.getResource().getProperty(primary).getBoolean()).count();
            assertEquals(1, primaries, s + " primary listings");
        }
    }

    @Test
    void noLabelNamesTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            for (String l : e.labels()) {
                String prev = owner.putIfAbsent(l.toLowerCase(Locale.ROOT), e.id());
                if (prev != null && !prev.equals(e.id())) clashes.add(l + ": " + prev + ", " + e.id());
            }
        }
        assertTrue(clashes.isEmpty(), "labels shared by two entities (make them contextLabels): " + clashes);
    }

    @Test
    void ambiguousShortFormsAreOnlyContextLabels() {
        assertContextOnly("model/deepseek-r1", "R1");
        assertContextOnly("model/deepseek-v3", "V3");
        assertContextOnly("model/openai-o1", "o1");
        assertContextOnly("org/meta-platforms", "Meta");
        assertContextOnly("org/apple", "Apple");
        assertContextOnly("org/comet-holding", "Comet");
        assertContextOnly("org/vat-group", "VAT");
        assertContextOnly("org/mistral-ai", "Mistral");
        assertContextOnly("org/bernstein-research", "Bernstein");
        assertContextOnly("person/liang-wenfeng", "Liang");
        assertTrue(lexicon.get("org/chinatalk").labels().contains("China Talk"));
        assertTrue(lexicon.get("org/openai").labels().contains("Open AI"));
        assertTrue(lexicon.get("model/chatgpt").labels().contains("Chat-GPT"));
        assertTrue(lexicon.get("org/south-china-morning-post").labels().contains("SCMP"));
    }

    @Test
    void knownFactsAreThere() {
        assertEquals("NASDAQ:NVDA", lexicon.get("org/nvidia").ticker());
        assertEquals("XNAS", lexicon.get("org/nvidia").mic());
        assertEquals("TPE:2330", lexicon.get("org/tsmc").ticker());
        assertEquals("TYO:8035", lexicon.get("org/tokyo-electron").ticker());
        assertEquals("SWX:VACN", lexicon.get("org/vat-group").ticker());
        assertEquals("ETR:DBK", lexicon.get("org/deutsche-bank").ticker());
        assertEquals("NASDAQ:GOOGL", lexicon.get("org/alphabet").ticker());
        assertEquals("Q182477", lexicon.get("org/nvidia").wikidata());
        assertEquals("Q131577453", lexicon.get("org/deepseek").wikidata());
        assertEquals(List.of("org/alphabet"), lexicon.get("org/google").linked("spinOffOf"));
        assertEquals(List.of("model/deepseek-v3"), lexicon.get("model/deepseek-r1").linked("basedOn"));
        assertEquals(List.of("org/nvidia"), lexicon.get("chip/h800").linked("manufacturedBy"));
        assertTrue(lexicon.get("person/liang-wenfeng").linked("founderOf").contains("org/deepseek"));
        assertEquals(List.of("Santa Clara"), lexicon.get("org/nvidia").linked("headquarteredIn"));
        assertEquals("Holger Zschäpitz", lexicon.get("person/holger-zschaepitz").name());
        assertEquals("Bank", lexicon.get("org/deutsche-bank").subtype());
        assertTrue(lexicon.get("org/deutsche-bank").labels().contains("Deutsche Bank"));
    }

    @Test
    void wikidataIdsAreWellFormedAndUnique() {
        Map<String, String> seen = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.wikidata() == null) continue;
            assertTrue(e.wikidata().matches("Q[1-9][0-9]*"), e.id() + " " + e.wikidata());
            String prev = seen.putIfAbsent(e.wikidata(), e.id());
            assertTrue(prev == null, e.wikidata() + " on " + prev + " and " + e.id());
        }
    }

    @Test
    void conformsToTheShapes() {
        Path shapesFile = Path.of("ontology/shapes.ttl");
        assertTrue(Files.exists(shapesFile), "ontology/shapes.ttl missing");
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
        String problems = report.getEntries().stream().limit(20).map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(report.conforms(), problems);
    }

    // --- helpers

    private static void assertContextOnly(String id, String label) {
        LexiconEntry e = lexicon.get(id);
        assertNotNull(e, id);
        assertTrue(e.contextLabels().contains(label), id + " should have contextLabel " + label);
        assertFalse(e.labels().contains(label), id + " must not have " + label + " as a plain label");
    }

    private static void assertType(String targetId, EntityType type, String what) {
        LexiconEntry t = lexicon.get(targetId);
        assertNotNull(t, what + " -> missing " + targetId);
        assertEquals(type, t.type(), what + " -> " + targetId);
    }

    private static List<Resource> entitySubjects() {
        return lexicon.entries().stream().map(e -> model.createResource(Namespaces.ID + e.id())).toList();
    }

    private static List<LexiconEntry> ofType(EntityType t) {
        return lexicon.entries().stream().filter(e -> e.type() == t).toList();
    }

    private static long count(EntityType t) {
        return ofType(t).size();
    }

    private static Property aikg(String local) {
        return model.createProperty(Namespaces.AIKG, local);
    }

    private static String kind(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case AI_MODEL -> "model";
            case CHIP -> "chip";
            case STOCK_INDEX -> "index";
        };
    }

    /** The brief's slug rule, written out here so the data is checked against the rule, not against itself. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    @Test
    void slugRuleExamples() {
        assertEquals("holger-zschaepitz", slug("Holger Zschäpitz"));
        assertEquals("deepseek-r1", slug("DeepSeek-R1"));
        assertEquals("timothee-lacroix", slug("Timothée Lacroix"));
        assertEquals("c-c-wei", slug("C. C. Wei"));
    }
}
