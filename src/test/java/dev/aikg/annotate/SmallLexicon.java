package dev.aikg.annotate;

import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small inline lexicon for extraction tests, independent of the curated data files. */
public final class SmallLexicon {
    private SmallLexicon() { }

    public static Lexicon get() {
        List<LexiconEntry> es = new ArrayList<>();
        es.add(org("org/deepseek", "DeepSeek", List.of(), null, Map.of()));
        es.add(org("org/openai", "OpenAI", List.of(), null, Map.of()));
        es.add(org("org/nvidia", "Nvidia", List.of(), "NASDAQ:NVDA", Map.of(), "NVIDIA", "Nvidia Corp."));
        es.add(org("org/meta-platforms", "Meta Platforms", List.of("Meta"), "NASDAQ:META", Map.of()));
        es.add(org("org/microsoft", "Microsoft", List.of(), "NASDAQ:MSFT", Map.of()));
        es.add(org("org/apple", "Apple", List.of("Apple"), "NASDAQ:AAPL", Map.of()));
        es.add(org("org/oracle", "Oracle", List.of("Oracle"), "NYSE:ORCL", Map.of()));
        es.add(org("org/vat-group", "VAT Group", List.of("VAT"), "SWX:VACN", Map.of()));
        es.add(org("org/comet-holding", "Comet Holding", List.of("Comet"), "SWX:COTN", Map.of()));
        es.add(org("org/tokyo-electron", "Tokyo Electron", List.of(), "TYO:8035", Map.of()));
        es.add(org("org/stmicroelectronics", "STMicroelectronics", List.of(), "EPA:STMPA", Map.of()));
        es.add(org("org/deutsche-bank", "Deutsche Bank", List.of(), "ETR:DBK", Map.of()));
        es.add(org("org/hessischer-rundfunk", "Hessischer Rundfunk", List.of(), null, Map.of()));
        es.add(org("org/federal-statistical-office", "Federal Statistical Office", List.of(), null, Map.of(), "Statistisches Bundesamt"));
        es.add(org("org/deutscher-wetterdienst", "Deutscher Wetterdienst", List.of(), null, Map.of()));
        es.add(org("org/german-aerospace-center", "German Aerospace Center", List.of(), null, Map.of(),
                "Deutsches Zentrum für Luft- und Raumfahrt"));
        es.add(org("org/anthropic", "Anthropic", List.of(), null, Map.of()));
        es.add(org("org/renk", "Renk", List.of(), "ETR:R3NK", Map.of()));
        es.add(org("org/aon", "Aon", List.of(), null, Map.of()));
        es.add(org("org/generali", "Generali", List.of(), null, Map.of()));
        es.add(org("org/e-and", "e&", List.of(), null, Map.of()));
        es.add(org("org/1-und-1", "1&1", List.of(), null, Map.of()));
        es.add(org("org/taylor-francis", "Taylor & Francis", List.of(), null, Map.of()));
        es.add(org("org/kuehne-nagel", "Kuehne+Nagel", List.of(), null, Map.of(), "Kühne + Nagel"));
        es.add(org("org/camb-ai", "CAMB.AI", List.of(), null, Map.of(), "Camb.ai"));
        es.add(org("org/supertonic", "Supertonic", List.of(), null, Map.of()));
        es.add(org("org/philips", "Philips", List.of(), null, Map.of()));
        es.add(org("org/bosch", "Bosch", List.of(), null, Map.of()));
        es.add(org("org/appliedai", "appliedAI", List.of(), null, Map.of()));
        es.add(org("org/castlelake", "Castlelake", List.of(), null, Map.of()));
        es.add(org("org/verdane", "Verdane", List.of(), null, Map.of()));
        es.add(org("org/icelandair", "Icelandair", List.of(), null, Map.of()));
        // A label of two words whose joined spelling is a common noun's plural ("Genres").
        es.add(org("org/gen-re", "Gen Re", List.of(), null, Map.of()));
        // A bank known by a short code only in context, whose brokerage arm is "DNB Markets".
        es.add(org("org/dnb", "DNB Bank", List.of("DNB"), null, Map.of()));
        // A company whose context label's genitive is a given name ("Lukas Walton").
        es.add(org("org/luka", "Luka Inc.", List.of("Luka"), null, Map.of()));
        // A long name one letter from a German noun whose plural is two edits off ("Solarparks").
        es.add(org("org/solarpack", "Solarpack", List.of(), null, Map.of()));
        // A long name a shorter word opens ("Kickstart").
        es.add(org("org/kickstarter", "Kickstarter", List.of(), null, Map.of()));
        // A fund whose name may close a longer one ("Kestrel Insight Partners").
        es.add(org("org/insight-partners", "Insight Partners", List.of(), null, Map.of()));
        // A brand written with a sign glued to it ("1Komma5°").
        es.add(org("org/1komma5", "1Komma5°", List.of(), null, Map.of(), "1Komma5"));
        // A long one-word company name one letter from a surname ("Brenninger").
        es.add(org("org/breuninger", "Breuninger", List.of(), null, Map.of()));
        // A long company name two edits from a German abstract noun ("Informatik").
        es.add(org("org/informatica", "Informatica", List.of(), null, Map.of()));
        es.add(org("org/rafael-advanced-defense-systems", "Rafael Advanced Defense Systems", List.of("Rafael"), null, Map.of()));
        es.add(org("org/technology-innovation-institute", "Technology Innovation Institute", List.of(), null, Map.of()));
        es.add(entry("model/falcon", EntityType.AI_MODEL, "Falcon", List.of("Falcon"),
                Map.of("developedBy", List.of("org/technology-innovation-institute"))));
        es.add(entry("model/alphafold", EntityType.AI_MODEL, "AlphaFold", List.of(), Map.of(), "AlphaFold 2"));
        // Both names common words alone: "Amazon's Alexa" vouches for each.
        es.add(org("org/amazon", "Amazon", List.of("Amazon"), "NASDAQ:AMZN", Map.of()));
        es.add(entry("model/alexa", EntityType.AI_MODEL, "Alexa", List.of("Alexa"), Map.of("developedBy", List.of("org/amazon"))));
        es.add(org("org/die-zeit", "Die Zeit", List.of("Zeit"), null, Map.of()));
        // A common word as a company's name, related to a context-only company ("Rings on a screen" is neither).
        es.add(org("org/ring", "Ring", List.of("Ring"), null, Map.of("spinOffOf", List.of("org/amazon"))));
        es.add(org("org/groq", "Groq", List.of(), null, Map.of()));
        es.add(org("org/brother-industries", "Brother Industries", List.of("Brother"), null, Map.of()));
        // A paper whose masthead word is a plural of another house's context label ("Times" and Time magazine).
        es.add(new LexiconEntry("org/the-new-york-times", EntityType.ORGANIZATION, "MediaOrganization", "The New York Times",
                List.of("The New York Times", "New York Times"), List.of(), null, null, null, Map.of()));
        es.add(new LexiconEntry("org/time", EntityType.ORGANIZATION, "MediaOrganization", "Time", List.of(), List.of("Time"), null, null,
                null, Map.of()));
        es.add(org("org/vesper-raumfahrt", "Vesper Raumfahrt", List.of("Vesper"), null, Map.of()));
        // A company whose short name is a German noun ("Halde", a heap): only in context.
        es.add(org("org/halde-mobility", "Halde Mobility", List.of("Halde"), null, Map.of()));
        es.add(org("org/nordwind-line", "Nordwind Line", List.of(), null, Map.of()));
        es.add(org("org/alder-hc-ft", "Alder HC/FT", List.of(), null, Map.of()));
        // Two entries share a short code: a university and a listed company, the university first.
        es.add(org("org/upx-university", "Polytechnic University of Upx", List.of("UPX"), null, Map.of()));
        es.add(org("org/upx-group", "UPX Forest Group", List.of("UPX"), "HEL:UPX", Map.of()));
        es.add(org("org/next-plc", "Next plc", List.of("Next"), "LSE:NXT", Map.of()));
        es.add(org("org/stoneco", "StoneCo", List.of("Stone"), "NASDAQ:STNE", Map.of()));
        es.add(org("org/montblanc", "Montblanc", List.of(), null, Map.of()));
        es.add(org("org/dominion-energy", "Dominion Energy", List.of(), null, Map.of()));
        es.add(org("org/dominion-voting-systems", "Dominion Voting Systems", List.of("Dominion"), null, Map.of()));
        es.add(org("org/max-planck-institute-for-plasma-physics", "Max Planck Institute for Plasma Physics", List.of(), null, Map.of(),
                "Max-Planck-Institut für Plasmaphysik"));
        es.add(org("org/kiel-institute", "Kiel Institute for the World Economy", List.of(), null, Map.of(), "Institut für Weltwirtschaft"));
        es.add(org("org/national-grid", "National Grid plc", List.of("National Grid"), null, Map.of()));
        es.add(org("org/national-grid-partners", "National Grid Partners", List.of(), null, Map.of("spinOffOf", List.of("org/national-grid"))));
        es.add(entry("model/llama-3-2", EntityType.AI_MODEL, "Llama 3.2", List.of(), Map.of("developedBy", List.of("org/meta-platforms"))));
        es.add(entry("chip/groq-lpu", EntityType.CHIP, "Groq LPU", List.of("LPU"), Map.of("manufacturedBy", List.of("org/groq"))));
        es.add(new LexiconEntry("org/fidelity-investments", EntityType.ORGANIZATION, "InvestmentFirm", "Fidelity Investments",
                List.of("Fidelity Investments", "Fidelity Management & Research Company"), List.of("Fidelity"), null, null, null, Map.of()));
        es.add(new LexiconEntry("org/elliott-management", EntityType.ORGANIZATION, "InvestmentFirm", "Elliott Management",
                List.of("Elliott Management"), List.of("Elliott"), null, null, null, Map.of()));
        es.add(new LexiconEntry("org/sequoia-capital", EntityType.ORGANIZATION, "InvestmentFirm", "Sequoia Capital",
                List.of("Sequoia Capital"), List.of("Sequoia"), null, null, null, Map.of()));
        es.add(entry("person/sam-altman", EntityType.PERSON, "Sam Altman", List.of(), Map.of("ceoOf", List.of("org/openai"))));
        es.add(entry("person/dana-whitfield", EntityType.PERSON, "Dana Whitfield", List.of(), Map.of("worksFor", List.of("org/microsoft"))));
        es.add(entry("person/richard-socher", EntityType.PERSON, "Richard Socher", List.of(), Map.of()));
        // A surname one final vowel from another family's ("Adeyemi").
        es.add(entry("person/samuel-adeyemo", EntityType.PERSON, "Samuel Adeyemo", List.of(), Map.of()));
        es.add(entry("person/joe-biden", EntityType.PERSON, "Joe Biden", List.of("Biden"), Map.of()));
        // A surname that is a German noun ("ein Mensch"): a context label only.
        es.add(entry("person/arthur-mensch", EntityType.PERSON, "Arthur Mensch", List.of("Mensch"), Map.of()));
        // A surname whose genitive is a given name ("Niels"): a context label only.
        es.add(entry("person/xavier-niel", EntityType.PERSON, "Xavier Niel", List.of("Niel"), Map.of()));
        es.add(entry("model/deepseek-r1", EntityType.AI_MODEL, "DeepSeek-R1", List.of("R1"),
                Map.of("developedBy", List.of("org/deepseek")), "DeepSeek R1"));
        es.add(entry("model/openai-o1", EntityType.AI_MODEL, "OpenAI o1", List.of("o1"),
                Map.of("developedBy", List.of("org/openai"))));
        es.add(entry("model/chatgpt", EntityType.AI_MODEL, "ChatGPT", List.of(), Map.of("developedBy", List.of("org/openai"))));
        es.add(entry("model/claude", EntityType.AI_MODEL, "Claude", List.of("Claude"), Map.of("developedBy", List.of("org/anthropic"))));
        es.add(entry("chip/h800", EntityType.CHIP, "H800", List.of(), Map.of("manufacturedBy", List.of("org/nvidia")), "Nvidia H800"));
        es.add(entry("chip/blackwell", EntityType.CHIP, "Blackwell", List.of(), Map.of("manufacturedBy", List.of("org/nvidia"))));
        es.add(entry("chip/hopper", EntityType.CHIP, "Hopper", List.of("Hopper"), Map.of("manufacturedBy", List.of("org/nvidia"))));
        es.add(entry("chip/grace-cpu", EntityType.CHIP, "Grace CPU", List.of("Grace"), Map.of("manufacturedBy", List.of("org/nvidia"))));
        es.add(entry("person/lena-borg", EntityType.PERSON, "Lena Borg", List.of(), Map.of()));
        es.add(entry("model/stable-diffusion", EntityType.AI_MODEL, "Stable Diffusion", List.of(), Map.of()));
        es.add(org("org/google", "Google", List.of(), "NASDAQ:GOOGL", Map.of()));
        es.add(entry("chip/tpu", EntityType.CHIP, "TPU", List.of(), Map.of("manufacturedBy", List.of("org/google")), "Google TPU", "tensor processing unit"));
        es.add(entry("model/notebooklm", EntityType.AI_MODEL, "NotebookLM", List.of(), Map.of("developedBy", List.of("org/google"))));
        es.add(entry("chip/dimensity", EntityType.CHIP, "Dimensity", List.of(), Map.of()));
        // Labels that are the start of other chips' names: "Snapdragon W5 Gen 2", "Exynos W1000".
        es.add(entry("chip/snapdragon-w5-gen-1", EntityType.CHIP, "Snapdragon W5 Gen 1", List.of(), Map.of(), "Snapdragon W5"));
        es.add(entry("chip/exynos", EntityType.CHIP, "Exynos", List.of(), Map.of()));
        es.add(org("org/delta-air-lines", "Delta Air Lines", List.of("Delta"), "NYSE:DAL", Map.of()));
        es.add(org("org/mtn-group", "MTN Group", List.of("MTN"), "JSE:MTN", Map.of()));
        es.add(org("org/turkcell", "Turkcell", List.of(), "XIST:TCELL", Map.of()));
        es.add(org("org/lseg", "London Stock Exchange Group", List.of("LSEG"), "XLON:LSEG", Map.of()));
        es.add(org("org/armis", "Armis", List.of(), null, Map.of()));
        es.add(org("org/investcorp", "Investcorp", List.of(), null, Map.of()));
        // A fund with a four-letter name word ("Kita Ventures" is another fund, "Kima Venturs" a typo).
        es.add(org("org/kima-ventures", "Kima Ventures", List.of(), null, Map.of()));
        es.add(entry("index/nasdaq-composite", EntityType.STOCK_INDEX, "Nasdaq Composite", List.of("Nasdaq"), Map.of()));
        es.add(entry("index/nasdaq-100", EntityType.STOCK_INDEX, "Nasdaq 100", List.of(), Map.of(), "Nasdaq-100"));
        return new Lexicon(es);
    }

    private static LexiconEntry org(String id, String name, List<String> ctx, String ticker, Map<String, List<String>> links,
                                    String... alt) {
        List<String> labels = new ArrayList<>(List.of(alt));
        if (!ctx.contains(name)) labels.add(0, name);
        return new LexiconEntry(id, EntityType.ORGANIZATION, "Company", name, labels, ctx, null, ticker, null, links);
    }

    private static LexiconEntry entry(String id, EntityType type, String name, List<String> ctx,
                                      Map<String, List<String>> links, String... alt) {
        List<String> labels = new ArrayList<>(List.of(alt));
        labels.add(0, name);
        labels.removeAll(ctx); // as the loader does: a context label is only a context label
        return new LexiconEntry(id, type, null, name, labels, ctx, null, null, null, links);
    }
}
