package dev.aikg.bench.corpus;

import java.util.SplittableRandom;

/**
 * Parts for invented names: people, startups, models and chips that no lexicon knows, so a corpus
 * mints new (unlinked) entities and their number grows with the corpus. Given names are common
 * ones, as in real bylines; surnames and company stems are combined freely.
 */
final class NamePools {
    private NamePools() { }

    private static final String[] FEMALE = {"Anna", "Laura", "Sophie", "Julia", "Clara", "Hannah", "Emma", "Lea",
            "Marie", "Nina", "Sarah", "Elena", "Priya", "Aisha", "Maria", "Lucia", "Olivia", "Charlotte", "Eva",
            "Katharina", "Miriam", "Ines", "Rachel", "Claudia", "Natalie", "Monica", "Helen", "Amy", "Diana", "Paula",
            "Vanessa", "Jessica", "Alice", "Isabel", "Victoria", "Teresa", "Ruth", "Lisa", "Sandra", "Karen"};
    private static final String[] MALE = {"Lukas", "Jonas", "Felix", "Tobias", "Daniel", "David", "Michael", "Thomas",
            "Paul", "Leon", "Noah", "Omar", "Carlos", "Martin", "Stefan", "Andreas", "Peter", "Simon", "Julian",
            "Oliver", "Max", "Benjamin", "Samuel", "Adrian", "Victor", "Patrick", "Frank", "Robert", "Christian",
            "Alexander", "Marcus", "Kevin", "Brian", "Nathan", "Oscar", "Philip", "Richard", "Vincent", "Henry", "Ethan"};
    private static final String[] SURNAMES = {"Brandt", "Hoffmann", "Lindqvist", "Okafor", "Tanaka", "Moreau",
            "Kowalski", "Reyes", "Novak", "Albrecht", "Castellano", "Dubois", "Eriksen", "Fontaine", "Gallagher",
            "Haverkamp", "Ishikawa", "Jankowski", "Kaminski", "Lindner", "Marchetti", "Nakamura", "Oyelaran",
            "Petrov", "Quintero", "Rasmussen", "Sandoval", "Takahashi", "Urbanek", "Vasquez", "Wojcik", "Yamamoto",
            "Zimmermann", "Abernathy", "Beaumont", "Carvalho", "Delacroix", "Esposito", "Falkenberg", "Gruber",
            "Hartmann", "Iversen", "Jovanovic", "Kessler", "Lorenzen", "Mendoza", "Nielsen", "Ortega", "Pedersen",
            "Rautenberg", "Schreiber", "Thorsen", "Ulbrich", "Vogel", "Winterberg", "Achterberg", "Bergmann",
            "Castillo", "Dimitrov", "Engel", "Ferreira", "Greenberg", "Holloway", "Ivanova", "Jansen", "Krause",
            "Lambert", "Mancini", "Nowak", "Osei", "Pacheco", "Ramirez", "Sorensen", "Tremblay", "Valente",
            "Whitfield", "Adeyemi", "Bianchi", "Chandra", "Desai", "Faber", "Gupta", "Hendricks", "Kapoor", "Landry",
            "Mehta", "Nair", "Oberhauser", "Prescott", "Rinaldi", "Sundberg", "Trautmann", "Varga", "Westphal"};
    private static final String[] STEM_HEADS = {"Quant", "Vel", "Nov", "Lum", "Kest", "Astr", "Cogn", "Syn", "Aur",
            "Neur", "Heli", "Ferr", "Oct", "Vir", "Zephr", "Tess", "Corv", "Myr", "Pyr", "Sol", "Trel", "Val", "Xen",
            "Cald", "Brev", "Ner", "Obl", "Ryn", "Sept", "Ulm", "Wend", "Ard", "Bel", "Dar", "Elv", "Fal", "Gal",
            "Hal", "Isk", "Jor"};
    private static final String[] STEM_TAILS = {"ara", "ix", "ion", "eon", "os", "ica", "yn", "alis", "ova", "ent",
            "ity", "ium", "ora", "exa", "ana", "iq"};
    private static final String[] SECOND_WORDS_EN = {"Labs", "AI", "Robotics", "Technologies", "Systems", "Research"};
    private static final String[] SUFFIXES_DE = {"GmbH", "AG", "SE"};
    private static final String[] SUFFIXES_EN = {"Inc.", "Ltd.", "Corp."};
    private static final String[] MODEL_STEMS = {"Orion", "Kestrel", "Lyra", "Vega", "Corvus", "Altair", "Merlin",
            "Nimbus", "Sparrow", "Tundra", "Helix", "Atlas", "Cirrus", "Draco", "Ember", "Fjord", "Halcyon", "Juniper",
            "Lumen", "Mistlark", "Nova", "Osprey", "Quasar", "Rook", "Sable", "Talon", "Umbra", "Vireo", "Wren"};
    /** Model families the extractor's name patterns know, with the developer each belongs to (lexicon id). */
    static final String[][] MODEL_FAMILIES = {{"Llama", "org/meta-platforms"}, {"Qwen", "org/alibaba-group"},
            {"Gemma", "org/google"}, {"Gemini", "org/google"}, {"Phi", "org/microsoft"}, {"Grok", "org/xai"},
            {"Ernie", "org/baidu"}, {"Kimi", "org/moonshot-ai"}, {"GLM", "org/zhipu-ai"}, {"Nemotron", "org/nvidia"},
            {"DeepSeek", "org/deepseek"}, {"Claude", "org/anthropic"}, {"GPT", "org/openai"}};
    private static final String[] MODEL_SUFFIXES = {"", "", "", " Pro", " Mini", "-Max", " Flash", " Turbo", "-Coder",
            " Ultra", " Vision"};
    /** Chip names in the shapes of real product lines, with their maker (lexicon id). */
    static final String[][] CHIP_LINES = {{"H", "org/nvidia", "3"}, {"B", "org/nvidia", "3"}, {"GB", "org/nvidia", "3"},
            {"MI", "org/amd", "3"}, {"Ascend ", "org/huawei", "3"}, {"Gaudi ", "org/intel", "1"},
            {"Trainium ", "org/amazon", "1"}, {"Maia ", "org/microsoft", "3"}, {"TPU v", "org/google", "1"}};

    static Person person(SplittableRandom r) {
        boolean female = r.nextBoolean();
        String given = Pick.one(r, female ? FEMALE : MALE);
        return new Person(given + " " + Pick.one(r, SURNAMES), female);
    }

    /** "Quantara": a brandable stem. */
    static String stem(SplittableRandom r) {
        return Pick.one(r, STEM_HEADS) + Pick.one(r, STEM_TAILS);
    }

    /** A startup name with a legal or cue suffix: "Quantara Labs GmbH", "Veloxis AI Inc.", "Corvion AG". */
    static String startup(SplittableRandom r, String stem, boolean german) {
        String second = Pick.chance(r, 0.7) ? " " + Pick.one(r, SECOND_WORDS_EN) : "";
        if (german) return stem + second + " " + Pick.one(r, SUFFIXES_DE);
        return second.isEmpty() || Pick.chance(r, 0.4) ? stem + second + " " + Pick.one(r, SUFFIXES_EN) : stem + second;
    }

    /** A model of an invented family: "Kestrel 2.5", "Orion-7B", "Lyra-3 Pro". */
    static String inventedModel(SplittableRandom r) {
        String stem = Pick.one(r, MODEL_STEMS);
        return switch (r.nextInt(3)) {
            case 0 -> stem + " " + (1 + r.nextInt(5)) + "." + r.nextInt(10);
            case 1 -> stem + "-" + Pick.one(r, new String[] {"3B", "7B", "13B", "34B", "70B", "120B"});
            default -> stem + "-" + (2 + r.nextInt(6)) + Pick.one(r, MODEL_SUFFIXES);
        };
    }

    /** A new version of a known family: "Qwen 4.5-Max", "Llama 5", "Phi-6 Mini". */
    static String familyModel(SplittableRandom r, String family) {
        int major = 4 + r.nextInt(4);
        String version = Pick.chance(r, 0.5) ? major + "." + (1 + r.nextInt(9)) : String.valueOf(major);
        String joint = family.equals("Phi") || family.equals("GLM") || family.equals("GPT") ? "-" : " ";
        if (family.equals("DeepSeek")) return "DeepSeek-V" + major;
        return family + joint + version + Pick.one(r, MODEL_SUFFIXES);
    }

    /** A chip of a real line in a new generation: "H300", "MI455X", "Ascend 960B", "Gaudi 5". */
    static String chip(SplittableRandom r, String[] line) {
        String prefix = line[0];
        int digits = line[2].charAt(0) - '0';
        int number = digits == 1 ? 4 + r.nextInt(6) : 300 + 5 * r.nextInt(140);
        String tail = digits == 3 && Pick.chance(r, 0.3) ? Pick.one(r, new String[] {"X", "A", "B"}) : "";
        return prefix + number + tail;
    }
}
