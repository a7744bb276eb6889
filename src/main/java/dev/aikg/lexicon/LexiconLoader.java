package dev.aikg.lexicon;

import dev.aikg.Namespaces;
import dev.aikg.model.EntityType;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the curated lexicon ({@code data/lexicon/*.ttl}) into plain {@link LexiconEntry} records, so
 * extraction can use it without knowing RDF.
 */
public final class LexiconLoader {
    /** Lexicon class local name → entity type. Exchanges and tickers are not entities. */
    private static final Map<String, EntityType> CLASS_TYPES = Map.ofEntries(
            Map.entry("Person", EntityType.PERSON),
            Map.entry("Organization", EntityType.ORGANIZATION),
            Map.entry("Company", EntityType.ORGANIZATION),
            Map.entry("InvestmentFirm", EntityType.ORGANIZATION),
            Map.entry("Bank", EntityType.ORGANIZATION),
            Map.entry("MediaOrganization", EntityType.ORGANIZATION),
            Map.entry("ResearchOrganization", EntityType.ORGANIZATION),
            Map.entry("GovernmentOrganization", EntityType.ORGANIZATION),
            Map.entry("AIModel", EntityType.AI_MODEL),
            Map.entry("Chip", EntityType.CHIP),
            Map.entry("StockIndex", EntityType.STOCK_INDEX));

    /** Facts the extractor may use to link or check relations, by ontology local name. */
    private static final List<String> LINK_PROPERTIES = List.of("developedBy", "manufacturedBy", "basedOn",
            "founderOf", "ceoOf", "worksFor", "spinOffOf", "investedIn", "competesWith", "headquarteredIn");

    private LexiconLoader() { }

    /** Loads every {@code .ttl} file in a directory (sorted by name). */
    public static Lexicon load(Path dir) {
        return fromModel(readModel(dir));
    }

    /** Parses the lexicon files of a directory into one model. */
    public static Model readModel(Path dir) {
        Model model = ModelFactory.createDefaultModel();
        for (Path p : ttlFiles(dir)) {
            try {
                // No logging: the error is reported once, naming the file, by whoever catches it.
                RDFParser.source(p).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(model);
            } catch (RiotException e) {
                throw new IllegalArgumentException("lexicon file " + p + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    public static List<Path> ttlFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon fromModel(Model m) {
        Property contextLabel = m.createProperty(Namespaces.AIKG, "contextLabel");
        Property hasTicker = m.createProperty(Namespaces.AIKG, "hasTicker");
        Property symbol = m.createProperty(Namespaces.AIKG, "symbol");
        Property listedOn = m.createProperty(Namespaces.AIKG, "listedOn");
        Property mic = m.createProperty(Namespaces.AIKG, "mic");
        Property exchangeCode = m.createProperty(Namespaces.AIKG, "exchangeCode");
        Property primary = m.createProperty(Namespaces.AIKG, "primaryListing");

        List<LexiconEntry> entries = new ArrayList<>();
        Set<Resource> seen = new LinkedHashSet<>();
        m.listStatements(null, RDF.type, (RDFNode) null).forEach(st -> {
            Resource s = st.getSubject();
            if (!s.isURIResource() || !s.getURI().startsWith(Namespaces.ID)) return;
            RDFNode cls = st.getObject();
            if (!cls.isURIResource() || !cls.asResource().getURI().startsWith(Namespaces.AIKG)) return;
            String local = cls.asResource().getURI().substring(Namespaces.AIKG.length());
            if (!CLASS_TYPES.containsKey(local) || !seen.add(s)) return;
            entries.add(entry(m, s, contextLabel, hasTicker, symbol, listedOn, mic, exchangeCode, primary));
        });
        // Secondary listings too: "Die in New York gehandelten Hinterlegungsscheine (NYSE: TSM)" names TSMC.
        Map<String, String> listings = new java.util.HashMap<>();
        for (Resource s : seen) {
            String id = s.getURI().substring(Namespaces.ID.length());
            for (Statement ts : s.listProperties(hasTicker).toList()) {
                String ticker = tickerString(ts.getResource(), symbol, listedOn, mic, exchangeCode);
                if (ticker != null) listings.merge(ticker.toUpperCase(java.util.Locale.ROOT), id, (a, b) -> owner(m, a, b));
            }
        }
        // The graph lists its statements in hash order, which shifts whenever an entry is added; entries sharing a label
        // would then be tried in another order and unrelated additions could flip a tie. Sorted by id, they cannot.
        entries.sort(java.util.Comparator.comparing(LexiconEntry::id));
        return new Lexicon(entries, listings);
    }

    /**
     * The one of two entries sharing a listing that the listing names: the parent over its unit
     * (Alphabet over Google, which is spinOffOf Alphabet), else the smaller id, so that the choice
     * does not depend on the order the graph lists its statements in.
     */
    private static String owner(Model m, String a, String b) {
        Property spinOffOf = m.createProperty(Namespaces.AIKG + "spinOffOf");
        Resource ra = m.createResource(Namespaces.ID + a), rb = m.createResource(Namespaces.ID + b);
        if (m.contains(rb, spinOffOf, ra)) return a;
        if (m.contains(ra, spinOffOf, rb)) return b;
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "EXCHANGE:SYMBOL" of a ticker resource (the exchange code, else its MIC), or null when incomplete. */
    private static String tickerString(Resource t, Property symbol, Property listedOn, Property mic, Property exchangeCode) {
        Resource ex = t.getPropertyResourceValue(listedOn);
        if (!t.hasProperty(symbol) || ex == null) return null;
        String code = ex.hasProperty(exchangeCode) ? ex.getProperty(exchangeCode).getString()
                : ex.hasProperty(mic) ? ex.getProperty(mic).getString() : null;
        return code == null ? null : code + ":" + t.getProperty(symbol).getString();
    }

    private static LexiconEntry entry(Model m, Resource s, Property contextLabel, Property hasTicker, Property symbol,
                                      Property listedOn, Property mic, Property exchangeCode, Property primary) {
        String id = s.getURI().substring(Namespaces.ID.length());
        EntityType type = null;
        String subtype = null;
        for (Statement t : s.listProperties(RDF.type).toList()) {
            if (!t.getObject().isURIResource()) continue;
            String local = t.getObject().asResource().getURI().replace(Namespaces.AIKG, "");
            EntityType et = CLASS_TYPES.get(local);
            if (et == null) continue;
            // The most specific class wins as subtype: anything but the bare Organization.
            if (type == null || !"Organization".equals(local)) {
                type = et;
                subtype = local;
            }
        }
        String name = null;
        Set<String> labels = new LinkedHashSet<>();
        for (Statement l : s.listProperties(SKOS.prefLabel).toList()) {
            Literal lit = l.getLiteral();
            // The English preferred label is the canonical name; any other one only stands in for it.
            if (name == null || "en".equals(lit.getLanguage())) name = lit.getLexicalForm();
            labels.add(lit.getLexicalForm());
        }
        if (name == null) throw new IllegalArgumentException("lexicon entity without skos:prefLabel: " + s.getURI());
        s.listProperties(SKOS.altLabel).forEach(l -> labels.add(l.getString()));
        List<String> ctx = new ArrayList<>();
        s.listProperties(contextLabel).forEach(l -> ctx.add(l.getString()));
        labels.removeAll(ctx);

        String wikidata = null;
        for (Statement same : s.listProperties(OWL.sameAs).toList()) {
            if (same.getObject().isURIResource() && same.getResource().getURI().startsWith(Namespaces.WD)) {
                wikidata = same.getResource().getURI().substring(Namespaces.WD.length());
            }
        }

        String ticker = null, micCode = null;
        for (Statement ts : s.listProperties(hasTicker).toList()) {
            Resource t = ts.getResource();
            String listing = tickerString(t, symbol, listedOn, mic, exchangeCode);
            if (listing == null) continue;
            boolean isPrimary = !t.hasProperty(primary) || t.getProperty(primary).getBoolean();
            if (ticker != null && !isPrimary) continue;
            Resource ex = t.getPropertyResourceValue(listedOn);
            ticker = listing;
            micCode = ex.hasProperty(mic) ? ex.getProperty(mic).getString() : null;
        }

        Map<String, List<String>> links = new LinkedHashMap<>();
        for (String p : LINK_PROPERTIES) {
            List<String> targets = new ArrayList<>();
            s.listProperties(m.createProperty(Namespaces.AIKG, p)).forEach(st -> {
                RDFNode o = st.getObject();
                if (o.isLiteral()) targets.add(o.asLiteral().getLexicalForm());
                else if (o.isURIResource() && o.asResource().getURI().startsWith(Namespaces.ID))
                    targets.add(o.asResource().getURI().substring(Namespaces.ID.length()));
            });
            if (!targets.isEmpty()) links.put(p, targets);
        }
        return new LexiconEntry(id, type, subtype, name, new ArrayList<>(labels), ctx, wikidata, ticker, micCode, links);
    }

}
