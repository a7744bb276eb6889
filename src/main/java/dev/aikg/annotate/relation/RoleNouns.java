package dev.aikg.annotate.relation;

import dev.aikg.model.Predicate;

import java.util.List;
import java.util.Set;

/**
 * Role titles in German and English and the predicate each implies: chief executives → ceoOf,
 * founders → founderOf, every other job title → worksFor. Words are matched by their head (the
 * part a compound ends with: "Halbleiter-Analyst", "Chefanalystin", "KI-Wissenschaftler").
 */
final class RoleNouns {
    private static final List<String> CEO = List.of("ceo", "chef", "chefin", "vorstandschef", "konzernchef",
            "firmenchef", "unternehmenschef", "geschäftsführer", "geschäftsführerin", "vorstandsvorsitzender", "chefs", "ceos",
            "vorstandsvorsitzende", "vorstandsvorsitzenden", "boss",
            // Female and genitive forms: the "…chef" test below reads long ones as a part's head ("Finanzchefin").
            "konzernchefin", "vorstandschefin", "firmenchefin", "unternehmenschefin", "konzernchefs", "vorstandschefs",
            "firmenchefs", "unternehmenschefs");
    private static final List<String> FOUNDER = List.of("gründer", "gründerin", "gründern", "mitgründer",
            "mitgründerin", "mitbegründer", "mitbegründerin", "begründer", "founder", "co-founder", "cofounder",
            "firmengründer", "gründungsmitglied", "gründungsmitglieds");
    /** Heads of other job titles, matched as word endings after German inflection is removed. */
    private static final List<String> OTHER = List.of("analyst", "wissenschaftler", "forscher", "manager", "experte",
            "expert", "direktor", "director", "präsident", "president", "chairman", "vorsitzende", "investor", "partner",
            "autor", "author", "ökonom", "economist", "stratege", "strategin", "strategist", "sprecher", "spokesperson",
            "spokesman", "spokeswoman", "ingenieur", "engineer", "mitarbeiter", "employee", "leiter", "scientist",
            "researcher", "officer", "executive", "professor", "berater", "adviser", "advisor", "entwickler", "developer",
            "journalist", "reporter", "redakteur", "editor", "korrespondent", "correspondent", "kolumnist", "columnist",
            "vorstand", "chefentwickler", "chefökonom", "gesellschafter", "teilhaber",
            // "a board member of Nvidia", "Aufsichtsratsmitglied"; "a founding member" is a founder (RoleRules).
            "member", "mitglied", "historian", "historiker", "lecturer", "dozent", "vorständin", "volkswirt", "chairwoman",
            "chairperson", "treasurer",
            // "Workday's co-founder and executive chair", "the board chair".
            "chair",
            // "deputy general counsel", "Cheflobbyist", "Bank of Japan Governor".
            "counsel", "lobbyist", "governor", "gouverneur", "justiziar",
            // "former Deloitte auditor X", "former Apple designers and engineers X, Y and Z", "Chefjurist".
            "auditor", "prüfer", "designer", "lawyer", "attorney", "anwalt", "jurist", "accountant", "consultant", "rechtler",
            // "a senior fellow at the Ashgrove Institute", "former Citadel trader X", "a Goldman banker".
            "fellow", "trader", "banker", "händler",
            // "Red Bull team principal Christian Horner", "a principal at Sequoia".
            "principal");
    private static final Set<String> SHORT = Set.of("cto", "cfo", "coo", "cio", "vp", "head", "chief", "lead");
    private static final List<String> FORMER = List.of("ehemalig", "früher", "former", "ex-", "einstig");

    private RoleNouns() { }

    /** Looked-up words and their answer (NONE for no role); bounded so an endless stream of words cannot grow it. */
    private static final java.util.Map<String, Object> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Object NONE = new Object();
    private static final int CACHE_LIMIT = 200_000;

    /** The predicate a role word implies, or null when the word is no role title. */
    static Predicate of(String word) {
        Object hit = CACHE.get(word);
        if (hit != null) return hit == NONE ? null : (Predicate) hit;
        Predicate p = lookup(word);
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(word, p == null ? NONE : p);
        return p;
    }

    private static Predicate lookup(String word) {
        String w = word.toLowerCase().replace("*innen", "").replace(":innen", "");
        if (w.length() < 2) return null;
        String head = w.substring(w.lastIndexOf('-') + 1);
        if (CEO.contains(head) || CEO.contains(w)) return Predicate.CEO_OF;
        if (FOUNDER.contains(w) || FOUNDER.contains(head) || head.endsWith("gründer") || head.endsWith("gründerin")) {
            return Predicate.FOUNDER_OF;
        }
        if (SHORT.contains(head)) return Predicate.WORKS_FOR;
        // "Finanzchefin", "Forschungschef", "Aufsichtsratschef": the head of a part, not of the company.
        if (head.length() > 6 && (head.endsWith("chef") || head.endsWith("chefin") || head.endsWith("chefs"))) return Predicate.WORKS_FOR;
        for (String stem : OTHER) {
            if (endsWithInflected(head, stem)) return Predicate.WORKS_FOR;
        }
        return null;
    }

    private static final String[] SUFFIXES = {"", "in", "innen", "en", "n", "s", "e", "r", "es"};

    private static boolean endsWithInflected(String w, String stem) {
        for (String suffix : SUFFIXES) {
            int at = w.length() - suffix.length() - stem.length();
            if (at >= 0 && w.startsWith(stem, at) && w.endsWith(suffix)) return true;
        }
        return false;
    }

    static boolean former(String phrase) {
        String l = phrase.toLowerCase();
        for (String f : FORMER) if (l.contains(f)) return true;
        return false;
    }

    /** A company officer's title ("Finanzvorstand", "CFO", "chief operating officer"): someone of the company, not outside it. */
    private static final List<String> OFFICERS = List.of("finanzvorstand", "finanzchef", "technikchef", "technologiechef",
            "personalchef", "vorständin", "vorstand", "cfo", "cto", "coo", "chief financial", "chief technology", "chief operating",
            "finance chief", "finanzvorständin");

    static boolean officer(String role) {
        String r = role == null ? "" : role.toLowerCase(java.util.Locale.ROOT);
        for (String o : OFFICERS) if (r.contains(o)) return true;
        return false;
    }
}
