package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.annotate.relation.Words.Word;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Jobs and roles: appositions ("Sam Altman, chief executive of OpenAI", "Yann LeCun, leitender
 * KI-Wissenschaftler bei Meta"), compounds ("OpenAI-CEO Sam Altman"), titles before a name
 * ("Analyst Tilly Zhang vom Finanzunternehmen Gavekal", "Microsofts CEO Satya Nadella") and
 * possessives ("Microsofts Satya Nadella", "Liangs Hedgefonds High-Flyer", "sein Startup You.com").
 */
final class RoleRules {
    /** What joins a role to its organisation: "Analyst bei", "head of", "Forscher an der ETH Zürich". */
    static final Set<String> CONNECTORS = Set.of("von", "vom", "bei", "beim", "der", "des", "of", "at", "from", "für",
            "for", "with", "im", "am", "an");
    static final Set<String> ORG_NOUNS = Set.of("startup", "start-up", "unternehmen", "firma", "company", "firm",
            "fonds", "hedgefonds", "hedge-fonds", "fund", "hedge", "konzern", "labor", "lab", "gruppe", "group", "bank",
            "blog", "blogs", "plattform", "newsletter", "agentur", "zeitung", "magazin", "investmentfirma",
            "finanzunternehmen", "beratungsfirma", "research", "chipkonzern", "chiphersteller", "softwarekonzern",
            "tech-konzern", "techkonzern", "ki-startup", "ki-firma", "ki-labor", "investmentgesellschaft",
            "risikokapitalfirma", "vermögensverwalter", "think", "tank", "institut", "institute", "university",
            "universität", "sender", "medienhaus", "verlag");
    private static final Set<String> PLATFORM_PREPS = Set.of("auf", "on", "über", "via", "an");

    private final Lexicon lexicon;

    RoleRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(SentenceView v, RelationSink sink) {
        if (v.hasType(EntityType.ORGANIZATION)) {
            pronounCopula(v, sink);
            if (!v.hasType(EntityType.PERSON)) nounSubject(v, sink);
        }
        if (!v.hasType(EntityType.PERSON)) return;
        // The pronoun rule's cue check is the same for every person of the sentence: asked once.
        boolean pronouns = v.hasAny(" sein", " ihr", " his ", " her ");
        for (Ref p : v.of(EntityType.PERSON)) {
            apposition(v, p, sink);
            copula(v, p, p.end(), sink);
            workedAt(v, p, sink);
            personOfOrg(v, p, sink);
            ownVehicle(v, p, sink);
            titleBefore(v, p, sink);
            possessiveOrgPerson(v, p, sink);
            possessivePersonOrg(v, p, sink);
            titleOfOrgThenName(v, p, sink);
            if (pronouns) pronounOrg(v, p, sink);
            if (v.hasAny(" who is", " who was", " who remains", " who now", " who still", " who serves", " who also")) whoIsItsTitle(v, p, sink);
            if (v.hasAny(" als ")) germanAsTitle(v, p, sink);
            if (v.hasAny(" als ")) germanLeadsAs(v, p, sink);
            if (v.hasAny(" it as ")) foundedAndRunsItAs(v, p, sink);
            if (v.hasAny("arbeitete", "arbeiten", "arbeitet", "forschte", "forschten")) invertedWorkedAt(v, p, sink);
            if (v.hasAny("von ihm geführt", "von ihr geführt", "von ihm geleitet", "von ihr geleitet")) foundedAndLed(v, p, sink);
        }
        pluralTitleLists(v, sink);
        openingTitleAnaphor(v, sink);
        replacedAs(v, sink);
    }

    private static final java.util.regex.Pattern OPENING_CHIEF = java.util.regex.Pattern.compile("(?iu)\\s*((co-founder|founder|"
            + "mitgründer(in)?|gründer(in)?)\\s+(and|und)\\s+)?(chief executive( officer)?|ceo|vorstandschef(in)?|konzernchef(in)?|"
            + "firmenchef(in)?|vorstandsvorsitzende[r]?)\\s+");

    /**
     * "BHP has been among the adopters. Chief executive Mike Henry has called …": a sentence that opens with a chief's
     * title and a name, and names no organisation, speaks of the company the sentence before opens with.
     */
    private static void openingTitleAnaphor(SentenceView v, RelationSink sink) {
        if (v.hasType(EntityType.ORGANIZATION) || v.refs.isEmpty()) return;
        Ref p = v.refs.get(0);
        if (!p.is(EntityType.PERSON)) return;
        java.util.regex.Matcher m = OPENING_CHIEF.matcher(v.gap(v.sentence.start(), p.start()));
        if (!m.matches()) return;
        Ref o = v.previousSubject(EntityType.ORGANIZATION);
        if (o == null) return;
        var prev = v.doc.sentenceAt(o.start());
        // The company must open the sentence before (its subject), not stand somewhere in it.
        if (!v.text.substring(prev.start(), o.start()).isBlank()) return;
        sink.add(v, p.id(), Predicate.CEO_OF, o.id(), null, null, null, null, v.sentence.start(), p.end(), "role.opening-title-anaphor", 0.55);
        if (m.group(1) != null) {
            sink.add(v, p.id(), Predicate.FOUNDER_OF, o.id(), null, null, null, null, v.sentence.start(), p.end(),
                    "role.opening-title-anaphor", 0.55);
        }
    }

    private static final java.util.regex.Pattern REPLACED_AS = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?(replaced|succeeded|"
            + "took over from|ablöste|folgte auf|löste)\\s+$");
    private static final java.util.regex.Pattern AS_CHIEF_OF = java.util.regex.Pattern.compile("\\s+(as|als)\\s+$");
    private static final java.util.regex.Pattern CHIEF_AFTER = java.util.regex.Pattern.compile("('s|’s|s)?\\s+(chief executive( officer)?|ceo|"
            + "chef|vorstandschef|konzernchef)\\b.*");

    /** "Simon Trott, who replaced Jakob Stausholm as Rio Tinto's chief executive": both head the company. */
    private static void replacedAs(SentenceView v, RelationSink sink) {
        if (!v.hasAny("replaced", "succeeded", "took over from", "ablöste", "folgte auf")) return;
        List<Ref> people = v.of(EntityType.PERSON);
        for (int k = 0; k + 1 < people.size(); k++) {
            Ref a = people.get(k), b = people.get(k + 1);
            if (!REPLACED_AS.matcher(v.gap(a.end(), b.start())).matches()) continue;
            Ref o = nextOrg(v, b, 12);
            if (o == null || !AS_CHIEF_OF.matcher(v.gap(b.end(), o.start())).matches()) continue;
            String after = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30));
            if (!CHIEF_AFTER.matcher(SentenceView.genitiveSurface(o) ? "'s" + after : after).matches()) continue;
            sink.add(v, a, Predicate.CEO_OF, o, "role.replaced-as", 0.7);
            sink.add(v, b, Predicate.CEO_OF, o, "role.replaced-as", 0.7);
        }
    }

    private static final java.util.Set<String> TITLE_RULES = java.util.Set.of("role.org-title", "role.compound", "role.possessive-title",
            "role.title-of", "role.pronoun-title");

    /**
     * "former Google researchers David Ha and Llion Jones": a plural title before a list of people gives every one of
     * them the job the title gives the first ("CEO Sam Altman and Greg Brockman", singular, gives it to the first only).
     */
    private static void pluralTitleLists(SentenceView v, RelationSink sink) {
        List<Ref> people = v.of(EntityType.PERSON);
        if (people.size() < 2) return;
        // The plural titles given in this sentence, read from the sink once (it holds the whole document's relations).
        List<dev.aikg.model.Relation> plural = new java.util.ArrayList<>();
        for (dev.aikg.model.Relation r : sink.inSentence(v.index())) {
            if (TITLE_RULES.contains(r.evidence().rule()) && r.role() != null && pluralTitle(r.role())) plural.add(r);
        }
        if (plural.isEmpty()) return;
        for (int k = 0; k + 1 < people.size(); k++) {
            Ref first = people.get(k);
            List<dev.aikg.model.Relation> titled = new java.util.ArrayList<>();
            for (dev.aikg.model.Relation r : plural) if (r.subjectId().equals(first.id())) titled.add(r);
            if (titled.isEmpty()) continue;
            Ref prev = first;
            for (int j = k + 1; j < people.size(); j++) {
                Ref q = people.get(j);
                if (!Rx.matches(v.gap(prev.end(), q.start()), "\\s*(,|and|und|, and)\\s*")) break;
                for (dev.aikg.model.Relation r : titled) {
                    sink.add(v, q.id(), r.predicate(), r.object(), r.role(), null, null, null, q.start(), q.end(),
                            r.evidence().rule() + "-list", 0.7);
                }
                prev = q;
            }
        }
    }

    /** An English plural title: "researchers", "engineers", "executives" (not "boss", not "analysts'"). */
    private static boolean pluralTitle(String role) {
        String l = role.toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") && RoleNouns.of(l.substring(l.lastIndexOf(' ') + 1, l.length() - 1)) != null;
    }

    /**
     * "The chief executive of OpenAI, Sam Altman, said", "Der Chef des ChatGPT-Entwicklers OpenAI, Sam
     * Altman,", "Der CEO von Micorsoft Satya Nadella": a title of the organisation, then the person as an
     * apposition to it.
     */
    private static final java.util.regex.Pattern PLACED_APPOSITION = java.util.regex.Pattern.compile("\\s+(in|aus|from)\\s+\\p{Lu}[\\p{L}-]+"
            + "(\\s\\p{Lu}[\\p{L}-]+)?, ");

    private void titleOfOrgThenName(SentenceView v, Ref p, RelationSink sink) {
        Ref o = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            // "Der CEO von Microsoft Satya Nadella" writes the apposition without its comma.
            // "Eine Sprecherin von Westlotto in Münster, Christiane Hollmann,": the organisation's town may stand between.
            if (r.end() <= p.start() && (v.text.substring(r.end(), p.start()).equals(", ") || v.text.substring(r.end(), p.start()).equals(" ")
                    || PLACED_APPOSITION.matcher(v.text).region(r.end(), p.start()).matches())) o = r;
        }
        if (o == null) return;
        List<Word> words = Words.in(v.text, Math.max(v.sentence.start(), o.start() - 60), o.start());
        if (v.text.substring(Math.max(v.sentence.start(), o.start() - 60), o.start()).indexOf(',') >= 0 && words.size() > 6) {
            words = words.subList(words.size() - 6, words.size());
        }
        int r = -1;
        for (int i = words.size() - 2; i >= 0 && i >= words.size() - 5; i--) {
            if (RoleNouns.of(words.get(i).text()) != null) {
                r = i;
                break;
            }
        }
        if (r < 0 || !CONNECTORS.contains(words.get(r + 1).lower())) return;
        // Only descriptions between connector and organisation ("des ChatGPT-Entwicklers"), no other title.
        for (int i = r + 2; i < words.size(); i++) {
            String w = words.get(i).text();
            if (RoleNouns.of(w) != null && !w.toLowerCase().endsWith("entwicklers") || SpeechCues.VERBS.contains(w.toLowerCase())) return;
        }
        emitRoles(v, sink, p, o, words, r, "role.title-of-org-apposition", 0.8);
    }

    /** "PERSON, ROLE von|bei|of|at ORG"; "PERSON, ORG's ROLE," (possessive apposition). */
    private void apposition(SentenceView v, Ref p, RelationSink sink) {
        int after = p.end();
        while (after < v.sentence.end() && v.text.charAt(after) == ' ') after++;
        if (after >= v.sentence.end() || v.text.charAt(after) != ',') return;
        Ref o = nextOrg(v, p, 130);
        if (o != null && possessiveApposition(v, p, o, after, sink)) {
            // "Ada Lind, Lumen's founder and a former Veltrix engineer": a second title with its own house.
            orgBeforeRole(v, p, after, o, sink);
            return;
        }
        if (pronounApposition(v, p, after, sink)) return;
        // "Elon Musk, a co-founder of OpenAI who now leads rival xAI": both the title and the verb speak.
        if (runs(v, p, after, sink) && (o == null || v.text.substring(after + 1, o.start()).contains(" who ")
                || v.text.substring(after + 1, o.start()).contains(" der ") || v.text.substring(after + 1, o.start()).contains(" die "))) {
            return;
        }
        if (o == null || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) return;
        List<Word> words = Words.in(v.text, after + 1, o.start());
        if (v.text.substring(after + 1, o.start()).indexOf(',') >= 0) return;
        if (orgBeforeRole(v, p, after, o, sink)) return;
        int r = lastRoleWithTail(words);
        if (r < 0) r = headOfFieldAt(words);
        if (r < 0) return;
        emitRoles(v, sink, p, o, words, r, "role.apposition", 0.85);
        // "a former pricing manager at Andersen, Doorway sells …": a list needs its "and"; a comma alone ends the apposition.
        List<Ref> list = FounderRules.orgList(v, o);
        boolean commaOnly = list.size() >= 2 && Rx.matches(v.gap(list.get(0).end(), list.get(1).start()), "\\s*,\\s*")
                && !Rx.matches(v.gap(list.get(0).end(), list.get(list.size() - 1).start()), "(?s).*\\b(and|und|sowie|or|oder)\\s.*");
        for (Ref more : commaOnly ? list.subList(0, 1) : list) {
            if (more != o) emitRoles(v, sink, p, more, words, r, "role.apposition", 0.8);
        }
    }

    // "Joanne Seah, Tessaract's founder and a former Google engineer": another title may come first, joined by "and".
    private static final java.util.regex.Pattern ARTICLE_FORMER = java.util.regex.Pattern.compile("\\s*(?<joined>[^,;()]{1,50}?\\s+(and|und)\\s+(?=(a|an|ein|eine|einer)\\s))?"
            + "(?<article>(a|an|the|ein|eine|einer|der|die)\\s+)?"
            + "(?<former>(former|ex-|onetime|longtime|veteran|ehemaliger|ehemalige|früherer|frühere|langjähriger|langjährige)\\s+)?");

    /**
     * "Priya Raman, a former AMD engineer", "Lisa Kern, eine ehemalige Google-Ingenieurin": the house
     * right before the title in an apposition. The title must follow the name at once, so "a former
     * AMD customer" is no job.
     */
    private boolean orgBeforeRole(SentenceView v, Ref p, int comma, Ref o, RelationSink sink) {
        java.util.regex.Matcher m = ARTICLE_FORMER.matcher(v.text).region(comma + 1, o.start());
        if (!m.matches() || m.group("article") == null && m.group("former") == null) {
            // "Ada Lind, Lumen's founder and a former Veltrix engineer": the house of the second title is the next name.
            Ref next = nextOrg(v, o, 50);
            if (next == null || v.text.substring(o.end(), next.start()).contains(",")) return false;
            o = next;
            m = ARTICLE_FORMER.matcher(v.text).region(comma + 1, o.start());
            if (!m.matches() || m.group("joined") == null) return false;
        }
        if (m.group("article") == null && m.group("former") == null) return false;
        // "a former Google and SoftBank executive": the houses listed before the title.
        List<Ref> houses = FounderRules.orgList(v, o);
        Ref lastHouse = houses.get(houses.size() - 1);
        int at = lastHouse.end();
        if (at < v.sentence.end() && v.text.charAt(at) == '-') at++;
        else if (at < v.sentence.end() && v.text.charAt(at) == ' ') at++;
        else return false;
        Word w = Words.after(v.text, at, v.sentence.end());
        if (w == null || w.start() != at) return false;
        Predicate pred = RoleNouns.of(w.text());
        // "a former Palantir deployment strategist", "a former Boeing systems engineer": up to two lower-case words of
        // the field before the title.
        for (int k = 0; pred == null && k < 2; k++) {
            if (!lowerFieldWord(w.text()) || w.end() >= v.sentence.end() || v.text.charAt(w.end()) != ' ') return false;
            w = Words.after(v.text, w.end() + 1, v.sentence.end());
            if (w == null) return false;
            pred = RoleNouns.of(w.text());
        }
        if (pred == null) return false;
        // The title ends the apposition: "a former AMD engineer, said", "… engineer who".
        String rest = v.gap(w.end(), Math.min(v.sentence.end(), w.end() + 6));
        if (!rest.isEmpty() && !Rx.matches(rest, "(,|;|\\.|\\s+(who|der|die|and|und|said|sagte|,)).*")) return false;
        String role = (m.group("former") == null ? "" : m.group("former").trim() + " ") + w.text();
        for (Ref h : houses) emit(v, sink, p, h, EnumSet.of(pred), role, "role.apposition-org-title", 0.8);
        return true;
    }

    /** A lower-case word that may name a title's field ("systems", "machine-learning"), not a link word. */
    private static boolean lowerFieldWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !CONNECTORS.contains(w) && !SpeechCues.VERBS.contains(w)
                && !w.equals("and") && !w.equals("und") && !w.equals("or") && !w.equals("oder") && !w.equals("who");
    }

    /**
     * "head of Asia technology research at Harwell Capital", "Leiterin des Aktienresearch bei der Hansa
     * Bank": a title over a field, then the house; the index of the title word, or -1.
     */
    private static int headOfFieldAt(List<Word> words) {
        for (int c = words.size() - 1; c >= 2; c--) {
            String l = words.get(c).lower();
            // "Professorin für Organische Chemie an der Technischen Universität München": a school takes "an".
            if (!l.equals("at") && !l.equals("bei") && !l.equals("with") && !l.equals("an")) continue;
            if (!validTail(words, c)) return -1;
            for (int r = c - 2; r >= 0 && r >= c - 6; r--) {
                if (RoleNouns.of(words.get(r).text()) == null) continue;
                if (!Set.of("of", "for", "des", "der", "für", "im").contains(words.get(r + 1).lower())) return -1;
                for (int i = r + 2; i < c; i++) {
                    String w = words.get(i).lower();
                    if (RoleNouns.of(words.get(i).text()) != null || SpeechCues.VERBS.contains(w) || CONNECTORS.contains(w)
                            && !w.equals("der") && !w.equals("des")) return -1;
                }
                return r;
            }
            return -1;
        }
        return -1;
    }

    private static final java.util.regex.Pattern COPULA = java.util.regex.Pattern.compile("\\s+(is|was|ist|war|remains|bleibt|"
            + "has been|had been|serves as|served as|fungiert als|amtiert als)\\s+((also|both|now|still|currently|auch|sowohl|"
            // "was previously a designer at Intel", "war zuvor Entwicklerin bei Intel": a former job is still worksFor.
            + "jetzt|derzeit|zudem|inzwischen|seit \\d{4}|previously|formerly|once|earlier|zuvor|früher|vorher|einst)\\s+)?"
            + "((the|a|an|der|die|das|ein|eine)\\s+)?");
    private static final java.util.regex.Pattern PRONOUN_COPULA = java.util.regex.Pattern.compile("(he|she|er|sie)(?=\\s+(is|was|ist|war|"
            + "remains|bleibt|has been|serves as)\\s)");

    /**
     * "Liang Wenfeng is the founder and chief executive of DeepSeek", "Liang ist Gründer und Chef von
     * Deepseek", "… is both DeepSeek's founder and its chief executive": the roles a copula gives.
     */
    private void copula(SentenceView v, Ref p, int from, RelationSink sink) {
        java.util.regex.Matcher m = COPULA.matcher(v.text).region(from, Math.min(v.sentence.end(), from + 60));
        if (!m.lookingAt()) return;
        int after = m.end();
        Ref o = nextOrg(v, p, 130);
        if (o == null || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) return;
        String between = v.text.substring(after, o.start());
        if (between.isBlank()) {
            // "is DeepSeek's founder and its chief executive": the roles after the possessive, to the clause's end.
            String g = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 60));
            if (!SentenceView.genitiveSurface(o) && !g.startsWith("'s") && !g.startsWith("’s")) return;
            int roleStart = SentenceView.genitiveSurface(o) ? o.end() : o.end() + 2;
            int end = o.end() + g.length();
            for (int i = roleStart; i < end; i++) {
                char c = v.text.charAt(i);
                if (c == ',' || c == ';' || c == '.' && (i + 1 >= end || Character.isWhitespace(v.text.charAt(i + 1)))) {
                    end = i;
                    break;
                }
            }
            List<Word> words = Words.in(v.text, roleStart, end);
            int r = -1;
            for (int i = 0; i < words.size() && i < 7; i++) if (RoleNouns.of(words.get(i).text()) != null) r = i;
            if (r < 0 || RoleNouns.of(words.get(0).text()) == null && !modifier(words.get(0).text())) return;
            emitRoles(v, sink, p, o, words.subList(0, r + 1), r, "role.copula", 0.8);
            return;
        }
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) return;
        List<Word> words = Words.in(v.text, after, o.start());
        int r = lastRoleWithTail(words);
        if (r < 0 || RoleNouns.of(words.get(0).text()) == null && !modifier(words.get(0).text())) return;
        emitRoles(v, sink, p, o, words, r, "role.copula", 0.8);
    }

    /** "Sunil Varma, a medicinal chemist who previously worked at": the person's kind before the relative pronoun. */
    // "Trent Oakley, its chief technology officer, who previously worked at": a closed apposition before the relative clause.
    private static final String NOUN_BEFORE_WHO = "(,\\s*(its|the|their|a|an)\\s[^,;()]{1,50},\\s*(?=who\\s))?((a|an)\\s+([\\p{L}-]+\\s+){1,3}(?=who\\s))?";
    private static final java.util.regex.Pattern WORKED_EN = java.util.regex.Pattern.compile(",?\\s*"
            // "…, two researchers who had worked together at", "…, both of whom had worked on speech models at", "who both worked at".
            + "((two|three|four|five)\\s+[\\p{L}-]+\\s+)?" + NOUN_BEFORE_WHO + "((who|both of whom|all of whom|all (three|four|five) of whom)\\s+)?((both|all)\\s+)?"
            + "((had|has|have)\\s+)?"
            + "((previously|formerly|once|earlier|also|long|later|then)\\s+)?(worked|works|working)\\s+((as\\s+)?([\\p{L}-]+\\s+){0,7})?"
            + "(at|for)\\s+((the)\\s+)?$");
    /** "who previously designed processors at", "who once led the cloud unit at": another verb, with a word that dates it. */
    private static final java.util.regex.Pattern PAST_JOB_EN = java.util.regex.Pattern.compile(",?\\s*" + NOUN_BEFORE_WHO + "(who\\s+)?((had|has|have)\\s+)?"
            + "(previously|formerly|once|earlier)\\s+(designed|built|led|ran|headed|developed|researched|taught|managed|oversaw|"
            // "who previously held the same post at": a post held.
            + "engineered|created|helped build|helped design|helped develop|held)\\s+([\\p{L}-]+\\s+){0,5}(at|for)\\s+((the)\\s+)?$");
    /** "Tjeerd Bosma, who manages a European technology portfolio at Zuiderzee Capital": a present post at the house. */
    private static final java.util.regex.Pattern WHO_AT_EN = java.util.regex.Pattern.compile(",\\s*who\\s+((now|also|currently)\\s+)?"
            // "who studies hospitality pricing at the University of Central Florida", "who teaches at …".
            + "(manages|oversees|heads|leads|co-leads|runs|covers|follows|teaches|studies|researches|lectures)\\s+([\\p{L}-]+\\s+){0,5}(at|for)\\s+"
            + "((the)\\s+)?$");
    /** "Ankit Kumar, formerly of augmented-reality start-up Ubiquity6": a past house. */
    private static final java.util.regex.Pattern FORMERLY_OF_EN = java.util.regex.Pattern.compile(",\\s*(formerly|previously)\\s+(of|at|with)\\s+"
            + "((the|a|an)\\s+)?([\\p{L}-]+\\s+){0,3}$");

    /** "who both came from Lumen's research unit", "Lacroix, who came from Meta": where a person's last job was. */
    private static final java.util.regex.Pattern CAME_FROM_EN = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?((both|all)\\s+)?"
            + "((previously|originally|had)\\s+)?(came|come)\\s+from\\s+((the)\\s+)?$");
    /**
     * "Wang Hai and Eva Novak, both former engineers at", "…, beide zuvor bei": an apposition that gives the members of a
     * list one past employer.
     */
    private static final java.util.regex.Pattern BOTH_FORMER = java.util.regex.Pattern.compile(",\\s*(both|all three|all four|beide|"
            + "alle drei|alle vier)\\s+((former|ex-|onetime)\\s*([\\p{L}-]+\\s+){1,2}(at|of|from)|(formerly|previously|once)\\s+(at|with)"
            + "|((zuvor|früher|einst|ehemals|vorher)\\s+)?(bei|beim))\\s+((the|der|dem)\\s+)?$");
    /** "Marcus Wallenberg, who chairs SEB and Saab": a chair of a board works for the house. */
    private static final java.util.regex.Pattern CHAIRS_EN = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?((also|now|still)\\s+)?"
            + "(chairs|chaired)\\s+((the\\s+)?(supervisory\\s+)?board\\s+of\\s+)?((the)\\s+)?$");
    /** "spent seven years as an engineer at", "who spent 12 years at". */
    private static final java.util.regex.Pattern SPENT_EN = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?((had|has|have)\\s+)?"
            // "who previously spent the better part of a decade in senior roles at": the time in up to five words.
            + "((previously|also|once)\\s+)?spent\\s+([\\p{L}\\d-]+\\s+){1,5}(years?|months|decades?)\\s+((as|in|on)\\s+([\\p{L}-]+\\s+){1,4})?"
            // "who previously spent close to a decade designing processors at Apple": what the years were spent doing.
            + "(\\p{Ll}[\\p{L}-]*ing\\s+([\\p{Ll}][\\p{L}-]*\\s+){0,2})?"
            // "who spent eleven years at state-owned miner LKAB": a lower-case description of the house may come first.
            + "(at|with)\\s+((the|a)\\s+)?(\\p{Ll}[\\p{L}-]*\\s+){0,3}$");
    /** "who covers software stocks at", "who tracks chip makers for the Boston research firm": an analyst's beat and house. */
    // "who teaches information systems at Nanyang Technological University": a lecturer's subject and school.
    private static final java.util.regex.Pattern COVERS_EN = java.util.regex.Pattern.compile(",?\\s*(who\\s+)?((now|also)\\s+)?(covers|covered|tracks|"
            + "tracked|analyzes|analyses|researches|teaches|taught|lectures)\\s+([\\p{L}&-]+\\s+){1,4}(at|for)\\s+((the|a)\\s+)?([\\p{L}-]+\\s+){0,4}$");
    private static final java.util.regex.Pattern WORKED_DE = java.util.regex.Pattern.compile("((\\s+\\p{Ll}+){0,2},\\s*(der|die|welche|welcher)|"
            // "Julia Brandstätter, die die Technik verantwortet, arbeitete vorher …": a closed relative clause before the verb.
            // "Ole Tjaden, heute Technikchef, arbeitete zuvor …": a short apposition too.
            + "(,\\s*(der|die)\\s[^,;]{1,60},|,\\s*(heute|inzwischen|jetzt|nun|mittlerweile)\\s[^,;]{1,40},)?\\s+(arbeitete|arbeitet|arbeiten|"
            + "arbeiteten|forschte|forschten|lehrte|war|waren|ist|hatte|hatten|hat|haben))\\s+((zuvor|früher|vorher|lange|jahrelang|einst|damals|selbst|auch|bereits|schon|gemeinsam|"
            + "inzwischen|mittlerweile|heute|nun|jetzt|"
            // "arbeitete vor der Gründung sieben Jahre in der Verkehrsleitung von Fraport".
            + "vor der gründung|"
            // "…, die beide bei Google DeepMind gearbeitet haben", "die zuvor beide als Ingenieure bei".
            + "beide|alle)\\s+)*"
            // "arbeitete zuvor als Quantitative Analystin bei", "der früher beim Tracking-Anbieter X arbeitete".
            // "arbeitete zuvor acht Jahre bei HiSilicon": the years as a number or a number word.
            // "arbeitete zuvor sieben Jahre als Verfahrensingenieur bei": the years and the post together.
            // "der zuvor fast zwei Jahrzehnte bei Red Bull Racing gearbeitet hatte": decades, and a hedge before the count.
            // "der seit elf Jahren für Reemtsma arbeitet": the years since.
            + "((unter anderem|u\\. a\\.|bis \\d{4}|seit \\d{4}|seit ((fast|knapp|rund|gut|über|mehr als)\\s+)?(\\d+|zwei|drei|vier|fünf|sechs|sieben|"
            + "acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|vielen|mehreren|einigen) (jahren|monaten|jahrzehnten)|"
            + "((fast|knapp|rund|gut|über|mehr als)\\s+)?(\\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|"
            + "neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|mehrere|viele|einige) "
            + "(jahre(lang| lang)?|jahrzehnte|jahrzehnt)|als ([\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+){0,2}"
            // "die zuvor gemeinsam an der Universität Stuttgart geforscht hatten": a university or institute takes "an".
            // "in der Schadenabteilung der Allianz", "in der Verkehrsleitung von Fraport": a department of the house.
            // "im Private Banking der Credit Suisse": a unit of the house, one or two words.
            + "(bei|beim|für|an der|an dem|am|in der [\\p{L}-]+ (der|des|von|vom)|im [\\p{L}-]+( [\\p{L}-]+)? (der|des|von|vom))\\s+((der|dem|den|des)\\s+)?"
            // "beim Heidelberger KI-Unternehmen Aleph Alpha": a city's adjective and the kind of house.
            + "([\\p{L}-]+\\s+){0,2}$");
    /** "Omar Abbosh, der im Januar von Microsoft kam": the house a person came from. */
    private static final java.util.regex.Pattern CAME_FROM_DE = java.util.regex.Pattern.compile(",\\s*(der|die)\\s+((im|in|vor|erst|zuvor|"
            + "\\d{4}|anfang|ende|mitte|letztes|vergangenes)\\s+)*([\\p{L}\\d.]+\\s+)?(von|vom)\\s+((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}$");
    private static final java.util.regex.Pattern CAME_FROM_DE_AFTER = java.util.regex.Pattern.compile("\\s+((zu|zum|zur)\\s+[\\p{L}-]+\\s+)?"
            + "(kam|kamen|gekommen ist|gekommen war|herüberkam|wechselte|gewechselt ist|gewechselt war)\\b.*");

    /** "war zuvor acht Jahre Underwriter für Industrieversicherungen bei Munich Re": a past post, no participle needed. */
    private static final java.util.regex.Pattern WAS_BEFORE_DE = java.util.regex.Pattern.compile("\\s+(war|waren)\\s+(zuvor|früher|vorher|einst|"
            + "damals)\\s+([^,;.]{1,60}\\s)?(bei|beim)\\s+((der|dem|den|des)\\s+)?([\\p{L}-]+\\s+){0,2}$");
    /** The participle that closes the clause, after up to four words ("an Bildmodellen", "Prozessoren"). */
    private static final java.util.regex.Pattern WORKED_DE_AFTER = java.util.regex.Pattern.compile("\\s*([\\p{L}-]+\\s+){0,4}?(gearbeitet|tätig|beschäftigt|"
            + "angestellt|geforscht|entwickelt|entworfen|geleitet|verantwortet|mitentwickelt|gelehrt|zuständig|"
            // "…, der früher beim Tracking-Anbieter Kinexon arbeitete": the relative clause's finite verb.
            // "…, die an der Universität Leipzig zu Trauer und Sterbekultur forscht": the present too.
            + "arbeitete|arbeiteten|arbeitet|forschte|forschten|forscht|lehrt|"
            // "…, der früher bei AMD, Apple und Tesla Prozessoren entwarf": another verb of a job, finite.
            + "entwarf|entwarfen|entwickelte|entwickelten|leitete|leiteten|lehrte|verantwortete)\\b.*");

    /**
     * "Dario und Daniela Amodei, die zuvor bei OpenAI gearbeitet hatten", "Sam Altman, who previously
     * worked at Y Combinator", "Mensch arbeitete zuvor bei Google DeepMind": employment, past or present;
     * so are other verbs of a job with a word that dates them ("who previously designed processors at
     * AMD and Apple", "hatte zuvor bei AMD, Apple und Tesla Prozessoren entworfen"), years spent at a
     * house and an analyst's beat ("who covers software at Jefferies").
     */
    private void workedAt(SentenceView v, Ref p, RelationSink sink) {
        Ref o = nextOrg(v, p, 110);
        if (o == null || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) return;
        String gap = v.gap(p.end(), o.start());
        if (!Prefilter.containsAny(gap, "work", "arbeit", "bei ", "beim ", "für ", " at ", " for ", " with ", " from ", "an de", " am ",
                "chair", "in der ", " of ", " im ")) return;
        // Each expression needs its verb: asked before the expression runs.
        boolean en = gap.contains("work") && WORKED_EN.matcher(gap).matches()
                || Prefilter.containsAny(gap, "previously", "formerly", "once", "earlier") && PAST_JOB_EN.matcher(gap).matches()
                || gap.contains("spent") && SPENT_EN.matcher(gap).matches()
                || Prefilter.containsAny(gap, "covers", "covered", "tracks", "tracked", "analy", "researches", "teaches", "taught", "lectures")
                && COVERS_EN.matcher(gap).matches()
                || Prefilter.containsAny(gap, "came from", "come from") && CAME_FROM_EN.matcher(gap).matches()
                || gap.contains("chair") && CHAIRS_EN.matcher(gap).matches()
                || Prefilter.containsAny(gap, "both", "all ", "beide", "alle ") && BOTH_FORMER.matcher(gap).matches()
                || Prefilter.containsAny(gap, "who ") && WHO_AT_EN.matcher(gap).matches()
                || Prefilter.containsAny(gap, "formerly", "previously") && FORMERLY_OF_EN.matcher(gap).matches();
        List<Ref> orgs = en || gap.contains("bei ") || gap.contains("beim ") || gap.contains("für ") ? FounderRules.orgList(v, o) : List.of(o);
        boolean de = false;
        if (!en && WORKED_DE.matcher(gap).matches()) {
            Ref last = orgs.get(orgs.size() - 1);
            String after = v.gap(last.end(), Math.min(v.sentence.end(), last.end() + 60));
            int comma = after.indexOf(',');
            if (comma >= 0) after = after.substring(0, comma);
            de = Rx.matches(gap, "(,\\s*(der|die)\\s[^,;]{1,60},|,\\s*(heute|inzwischen|jetzt|nun|mittlerweile)\\s[^,;]{1,40},)?\\s+"
                    + "(arbeitete|arbeitet|arbeiten|arbeiteten|forschte|forschten|forschen|lehrte)\\b.*")
                    || WORKED_DE_AFTER.matcher(after).matches()
                    // "der zuvor beim Grazer Antriebsspezialisten AVL List Fahrdaten auswertete": a dated relative clause at a
                    // house names a past job whatever its verb.
                    || Rx.matches(gap, ",\\s*(der|die)\\s+(zuvor|früher|vorher|einst)\\s+(bei|beim)\\s.*")
                    && Rx.matches(after, "\\s*([\\p{L}-]+\\s+){0,3}?\\p{L}+(te|ten)\\b.*");
        }
        if (!en && !de && WAS_BEFORE_DE.matcher(gap).matches()) de = true;
        if (!en && !de && gap.contains("von") && CAME_FROM_DE.matcher(gap).matches()
                && CAME_FROM_DE_AFTER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30))).matches()) {
            de = true;
            orgs = List.of(o);
        }
        if (!en && !de) return;
        orgs = withLaterJob(v, orgs);
        // "…, die zuvor bei OpenAI gearbeitet hatten": a relative clause after a list speaks of all of it; so does a plural verb
        // ("Ben Parker und Dom Maskell arbeiten inzwischen für Strava").
        // "Tom Ried and Lea Berg, who previously worked as a research scientist at …": a role in the singular is one person's.
        boolean singular = Rx.matches(gap, ".*\\b(as a|as an)\\s.*") || Rx.matches(gap, "\\s*,\\s*der\\s.*");
        List<Ref> subjects = !singular && (gap.indexOf(',') >= 0 || Rx.matches(gap, "\\s+(arbeiten|arbeiteten|forschten|forschen)\\b.*"))
                ? FounderRules.personListBefore(v, p) : List.of(p);
        for (Ref q : subjects) {
            for (Ref org : orgs) sink.add(v, q, Predicate.WORKS_FOR, org, "role.worked-at", 0.7);
        }
    }

    /** "worked together at LMU Munich and then at Stability AI", "bei Lumen und danach bei Orbis": the next job too. */
    private static final java.util.regex.Pattern THEN_AT = java.util.regex.Pattern.compile(",?\\s+(and|und)\\s+(then|later|afterwards|"
            + "danach|später|anschließend|dann)\\s+(at|for|bei|beim|für)\\s+((the|der|dem)\\s+)?");

    private static List<Ref> withLaterJob(SentenceView v, List<Ref> orgs) {
        Ref last = orgs.get(orgs.size() - 1);
        Ref next = nextOrg(v, last, 30);
        if (next == null || !THEN_AT.matcher(v.gap(last.end(), next.start())).matches()) return orgs;
        List<Ref> out = new ArrayList<>(orgs);
        out.add(next);
        return out;
    }

    /** "Prima Materia, the investment firm of Spotify co-founder Daniel Ek", "Bezos Expeditions, das Family Office von …". */
    private static final java.util.regex.Pattern VEHICLE_OF = java.util.regex.Pattern.compile("(\\s+\\p{Ll}+)?,\\s*(the|das|die|der|dem)\\s+([\\p{L}-]+\\s+)?"
            + "(investment firm|investment company|investment vehicle|investment arm|family office|private office|holding company|"
            + "family-office|beteiligungsgesellschaft|investmentfirma|investmentgesellschaft|familienholding|vermögensverwaltung)"
            + "\\s+(of|von|des|der)\\s+([\\p{L}'’-]+\\s+){0,2}");

    /** The person whose private investment house the organisation before is: ownership reads as {@code worksFor}. */
    private void ownVehicle(SentenceView v, Ref p, RelationSink sink) {
        for (Ref x : v.of(EntityType.ORGANIZATION)) {
            if (x.end() > p.start() || p.start() - x.end() > 90 || v.typeBetween(x.end(), p.start(), EntityType.PERSON)) continue;
            String gap = v.gap(x.end(), p.start());
            // "… of Spotify co-founder Daniel Ek": a company named in the title between is the person's, not the vehicle.
            if (!Prefilter.containsAny(gap, "office", "invest", "holding", "beteiligung", "vermögen") || !VEHICLE_OF.matcher(gap).matches()) continue;
            sink.add(v, p, Predicate.WORKS_FOR, x, "role.own-vehicle", 0.65);
            return;
        }
    }

    private static final java.util.regex.Pattern OF_ORG = java.util.regex.Pattern.compile("\\s+(of|from|von|vom)\\s+((the|der|dem)\\s+)?");

    private static final java.util.regex.Pattern OF_DESCRIBED = java.util.regex.Pattern.compile(
            "\\s+(of|from|von|vom)\\s+((the|der|dem)\\s+)?([\\p{L}-]+\\s+)?([\\p{L}-]+)\\s+");
    /** Nouns of the houses analysts and fund managers work for, also as the end of a compound ("US-Investmentbank"). */
    private static final String[] HOUSES = {"bank", "broker", "haus", "boutique", "firma", "firm", "gesellschaft", "fonds",
        "fund", "verwalter", "institut", "brokerage", "manager", "research", "marktforscher"};

    /** "Lukas Brandner vom Münchner Analysehaus Isarblick Research", "von der US-Investmentbank Jefferies". */
    private static boolean ofDescribedHouse(SentenceView v, Ref p, Ref o) {
        java.util.regex.Matcher m = OF_DESCRIBED.matcher(v.text).region(p.end(), o.start());
        if (!m.matches()) return false;
        String noun = m.group(5).toLowerCase(java.util.Locale.ROOT);
        for (String h : HOUSES) if (noun.endsWith(h)) return true;
        return false;
    }

    private static final java.util.regex.Pattern OF_CITY = java.util.regex.Pattern.compile(
            "\\s+(von|vom)\\s+((der|dem)\\s+)?(\\p{Lu}\\p{L}+er)\\s+");

    /** "Frederik Ruhl vom Bremer Bankhaus Carstens": the house's city adjective between the person and its name. */
    private static boolean ofCityHouse(SentenceView v, Ref p, Ref o) {
        if (o.start() - p.end() > 30) return false;
        java.util.regex.Matcher m = OF_CITY.matcher(v.text).region(p.end(), o.start());
        return m.matches() && CityAdjectives.city(m.group(4)) != null;
    }

    /**
     * "said Dan Ives of Wedbush Securities", "Stacy Rasgon von Bernstein rechnet": the name of a person's
     * house right after it: an affiliation, so employment.
     */
    private void personOfOrg(SentenceView v, Ref p, RelationSink sink) {
        Ref o = nextOrg(v, p, 48);
        if (o == null) return;
        boolean bare = o.start() - p.end() <= 12 && OF_ORG.matcher(v.text).region(p.end(), o.start()).matches()
                || ofCityHouse(v, p, o);
        if (!bare && !ofDescribedHouse(v, p, o)) return;
        // "Wedbush Securities-Analyst": the name opens a compound, not a house.
        if (o.end() < v.sentence.end() && v.text.charAt(o.end()) == '-') return;
        // "Jensen Huang of Nvidia" states an affiliation, whatever post the lexicon knows of.
        sink.add(v, p, Predicate.WORKS_FOR, o, "role.person-of-org", 0.7);
    }

    /** "Der Informatiker", "Der 52-Jährige", "The 40-year-old", "Die Managerin": a person named before, as subject. */
    private static final java.util.regex.Pattern NOUN_SUBJECT = java.util.regex.Pattern.compile("(?u)(der|die|the)\\s+"
            + "(\\d{2}-jährige|\\d{2}-year-old|[\\p{L}-]+)\\s");
    private static final java.util.regex.Pattern FOUNDED_ORG = java.util.regex.Pattern.compile("(?s).*\\b(gründete|founded|co-founded|"
            + "gründete später|mitbegründete)\\s+((in |im )?\\d{4}\\s+)?((den|die|das|the|a|an)\\s+)?([\\p{L}-]+\\s+)?$");
    private static final java.util.regex.Pattern HEADS_ORG = java.util.regex.Pattern.compile("(?s).*\\b((steht|stand)\\s+(heute\\s+|"
            + "inzwischen\\s+|seit \\d{4}\\s+)?an der spitze (des|der|von)|leitet heute|leitet inzwischen|now runs|now leads|"
            + "heads|leitet|führt)\\s+((den|die|das|dem|the)\\s+)?([\\p{L}-]+\\s+)?$");

    /**
     * "Kai-Fu Lee gehört zu den bekanntesten Köpfen. Der Informatiker … gründete den Wagniskapitalgeber
     * Sinovation Ventures und steht heute an der Spitze des KI-Start-ups 01.AI": a noun that points back
     * to the person named last in the sentence before, with founding and heading verbs.
     */
    private void nounSubject(SentenceView v, RelationSink sink) {
        java.util.regex.Matcher m = NOUN_SUBJECT.matcher(v.lower);
        if (!m.lookingAt()) return;
        String noun = m.group(2);
        if (!noun.contains("jährige") && !noun.contains("year-old") && RoleNouns.of(noun) == null && !PERSON_NOUNS.contains(noun)) return;
        Ref last = v.index.lastBefore(v.index(), EntityType.PERSON, 1);
        if (last == null) return;
        int start = v.sentence.start();
        var pointer = new dev.aikg.model.Mention(start, start + m.end(2), v.text.substring(start, start + m.end(2)),
                EntityType.PERSON, last.id(), v.index(), dev.aikg.model.Method.COREF, "noun", 0.5);
        Ref p = new Ref(pointer, last.entity());
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), o.start() - 60), o.start());
            if (Prefilter.containsAny(before, "gründete", "founded") && FOUNDED_ORG.matcher(before).matches()) {
                sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.noun-subject", 0.6);
            } else if (Prefilter.containsAny(before, "spitze", "leitet", "runs", "leads", "heads", "führt") && HEADS_ORG.matcher(before).matches()) {
                sink.add(v, p, Predicate.CEO_OF, o, "role.noun-subject", 0.6);
            }
        }
    }

    private static final Set<String> PERSON_NOUNS = Set.of("unternehmer", "unternehmerin", "informatiker", "informatikerin",
            "milliardär", "milliardärin", "ingenieur", "ingenieurin", "physiker", "physikerin", "manager", "managerin",
            "entrepreneur", "billionaire", "engineer", "executive", "veteran", "serial", "tech-veteran", "amerikaner", "chinese",
            "franzose", "deutsche");

    /** "He is both DeepSeek's founder and its chief executive": the person named last in the two sentences before. */
    private void pronounCopula(SentenceView v, RelationSink sink) {
        java.util.regex.Matcher m = PRONOUN_COPULA.matcher(v.lower).region(0, Math.min(v.lower.length(), 4)).useTransparentBounds(true);
        if (!m.lookingAt()) return;
        Ref last = v.index.lastBefore(v.index(), EntityType.PERSON, 2);
        if (last == null) return;
        int start = v.sentence.start();
        var pronoun = new dev.aikg.model.Mention(start, start + m.end(), v.text.substring(start, start + m.end()),
                EntityType.PERSON, last.id(), v.index(), dev.aikg.model.Method.COREF, "pronoun", 0.5);
        copula(v, new Ref(pronoun, last.entity()), start + m.end(), sink);
    }

    /** "the company's chief technology officer": a company noun's possessive points back like "its". */
    private static final Set<String> COMPANY_POSSESSIVES = Set.of("company's", "company’s", "firm's", "firm’s", "start-up's",
            "start-up’s", "startup's", "startup’s", "group's", "group’s");
    // "Caleb Ostrander, a former NASA engineer who now serves as its chief technology officer": "serves as" too, and the
    // clause may follow an apposition without a second comma.
    private static final java.util.regex.Pattern WHO_IS_ITS = java.util.regex.Pattern.compile("(?s)\\s*,([^;]{0,80}?,|[^;,]{0,80}?)?\\s+who\\s+"
            + "((still|now|also)\\s+)?(is|was|remains|has been|serves as|served as|acts as)\\s+((still|now|also)\\s+)?(?=(its|their)\\s)");

    /**
     * "Gegründet wurde Thermaloop von Jonas Feddersen, der als Geschäftsführer fungiert": a relative clause gives the title at
     * the sentence's company, the first one named before the person.
     */
    private static final java.util.regex.Pattern DER_ALS = java.util.regex.Pattern.compile("\\s*,\\s*(der|die)\\s+((heute|inzwischen|auch|"
            + "nun|jetzt|seither|seitdem)\\s+)?(das unternehmen\\s+|die firma\\s+)?als\\s+([\\p{L}-]+)\\s+(fungiert|fungierte|arbeitet|"
            + "tätig ist|amtiert|agiert|leitet|führt)\\b.*", java.util.regex.Pattern.DOTALL);

    private void germanAsTitle(SentenceView v, Ref p, RelationSink sink) {
        java.util.regex.Matcher m = DER_ALS.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 80)));
        if (!m.matches()) return;
        Predicate pr = RoleNouns.of(m.group(5));
        Ref o = v.first(EntityType.ORGANIZATION);
        if (pr == null || o == null || o.start() > p.start() || workplace(v, o)) return;
        sink.add(v, p.id(), pr, o.id(), m.group(5), null, null, null, Math.min(p.start(), o.start()), p.end(), "role.as-title", 0.65);
    }

    /** "Pierre Racz, who founded Genetec in 1997 and still runs it as president": the founder's title at the company. */
    private static final java.util.regex.Pattern RUNS_IT_AS = java.util.regex.Pattern.compile("(?s)[^;]{0,40}?\\s+and\\s+"
            + "((still|now|also)\\s+)?(runs|leads|heads)\\s+it\\s+as\\s+(its\\s+)?([\\p{L}-]+(\\s+[\\p{L}-]+)?)\\b.*");

    private void foundedAndRunsItAs(SentenceView v, Ref p, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() < p.end() || o.start() - p.end() > 40) continue;
            if (!Rx.matches(v.gap(p.end(), o.start()), "(?s)\\s*,\\s*who\\s+(co-)?founded\\s+([\\p{L}-]+\\s+)?")) return;
            java.util.regex.Matcher m = RUNS_IT_AS.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 90)));
            if (!m.matches()) return;
            String role = m.group(5);
            String last = role.contains(" ") ? role.substring(role.lastIndexOf(' ') + 1) : role;
            Predicate pr = role.contains("chief executive") ? Predicate.CEO_OF : RoleNouns.of(last);
            if (pr == null) pr = RoleNouns.of(role.split(" ")[0]);
            if (pr == null) return;
            sink.add(v, p.id(), pr, o.id(), role, null, null, null, p.start(), o.end(), "role.runs-it-as", 0.65);
            return;
        }
    }

    /** "Anschließend arbeiteten Rombach, Blattmann und Esser als Forscher bei Stability AI": the verb before its subjects. */
    private static final java.util.regex.Pattern VERB_BEFORE_PERSONS = java.util.regex.Pattern.compile("(?s).*\\b(arbeitete|arbeiteten|"
            + "arbeitet|arbeiten|forschte|forschten)\\s+$");
    private static final java.util.regex.Pattern AS_AT_AFTER_PERSONS = java.util.regex.Pattern.compile("\\s+((zuvor|früher|vorher|"
            + "damals|gemeinsam|inzwischen|heute|zunächst|anschließend)\\s+)*(als\\s+([\\p{L}-]+\\s+){1,3}?)?(bei|beim|für)\\s+"
            + "((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}");

    private void invertedWorkedAt(SentenceView v, Ref p, RelationSink sink) {
        List<Ref> persons = FounderRules.personListBefore(v, p);
        Ref first = persons.get(0);
        if (!VERB_BEFORE_PERSONS.matcher(v.gap(Math.max(v.sentence.start(), first.start() - 25), first.start())).matches()) return;
        Ref o = nextOrg(v, p, 80);
        if (o == null || !AS_AT_AFTER_PERSONS.matcher(v.gap(p.end(), o.start())).matches()) return;
        for (Ref q : persons) sink.add(v, q, Predicate.WORKS_FOR, o, "role.inverted-worked-at", 0.65);
    }

    /** "Brückner führt die Firma als Geschäftsführerin", "Feldhaus verantwortet als Technikchef die Entwicklung". */
    private static final java.util.regex.Pattern LEADS_AS = java.util.regex.Pattern.compile("\\s+(führt|leitet|verantwortet|lenkt)\\s+"
            + "((die firma|das unternehmen|das start-up|das startup|den konzern|die geschäfte)\\s+)?als\\s+([\\p{L}-]+)\\b.*",
            java.util.regex.Pattern.DOTALL);

    private void germanLeadsAs(SentenceView v, Ref p, RelationSink sink) {
        java.util.regex.Matcher m = LEADS_AS.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 60)));
        if (!m.matches()) return;
        Predicate pr = RoleNouns.of(m.group(4));
        if (pr == null) return;
        Ref o = v.first(EntityType.ORGANIZATION);
        String org = o != null && o.start() < p.start() && !workplace(v, o) ? o.id() : null;
        // "Olsson führt das Unternehmen als Geschäftsführerin" after the sentence that told who founded it: that company.
        if (org == null) {
            for (dev.aikg.model.Relation r : sink.relations()) {
                if (r.subjectId().equals(p.id()) && r.predicate() == Predicate.FOUNDER_OF) org = r.object();
            }
        }
        if (org == null) return;
        sink.add(v, p.id(), pr, org, m.group(4), null, null, null, p.start(), p.end(), "role.leads-as", 0.65);
    }

    /** "Ableton, 1999 von Gerhard Behles gegründet und bis heute von ihm geführt": the founder runs it. */
    private static final java.util.regex.Pattern FOUNDED_AND_LED = java.util.regex.Pattern.compile("\\s+gegründet\\s+und\\s+"
            + "((bis heute|seither|seitdem|noch immer|weiterhin|auch heute noch)\\s+)?von\\s+(ihm|ihr)\\s+(geführt|geleitet)\\b.*",
            java.util.regex.Pattern.DOTALL);

    private void foundedAndLed(SentenceView v, Ref p, RelationSink sink) {
        Ref o = v.first(EntityType.ORGANIZATION);
        if (o == null || o.start() > p.start() || !FOUNDED_AND_LED.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 70))).matches()) return;
        sink.add(v, p.id(), Predicate.CEO_OF, o.id(), "geführt", null, null, null, o.start(), p.end(), "role.founded-and-led", 0.65);
    }

    /** "Verilytic was founded by Priya Raman, a former Deloitte partner, who is still its chief executive". */
    private void whoIsItsTitle(SentenceView v, Ref p, RelationSink sink) {
        java.util.regex.Matcher m = WHO_IS_ITS.matcher(v.text).region(p.end(), Math.min(v.sentence.end(), p.end() + 140));
        if (m.lookingAt()) pronounApposition(v, p, m.end() - 1, sink);
    }

    /** "Dario Amodei, its chief executive," / "Liang, sein Gründer,": the sentence's first organisation. */
    private boolean pronounApposition(SentenceView v, Ref p, int comma, RelationSink sink) {
        Word w = Words.after(v.text, comma + 1, v.sentence.end());
        // "Naomi Feld, the company's chief technology officer".
        if (w != null && w.lowerIs("the")) {
            Word n = Words.after(v.text, w.end(), v.sentence.end());
            if (n != null && COMPANY_POSSESSIVES.contains(n.lower())) w = n;
        }
        if (w == null || !Set.of("its", "seine", "sein", "ihr", "ihre", "dessen", "deren").contains(w.lower())
                && !COMPANY_POSSESSIVES.contains(w.lower())) return false;
        int close = v.text.indexOf(',', w.end());
        int end = close < 0 || close > v.sentence.end() ? v.sentence.end() : close;
        // "Elina Saarinen, its chief executive and a former head of digital services at Kone,": the first title only.
        int and = v.text.indexOf(" and ", w.end());
        boolean more = false;
        if (and > 0 && and < end) {
            List<Word> head = Words.in(v.text, w.end(), and);
            // Not a coordinated title ("founder and chief executive"): a second description with its own article.
            if (!head.isEmpty() && RoleNouns.of(head.get(head.size() - 1).text()) != null
                    && Rx.matches(v.text.substring(and + 5, Math.min(end, and + 9)), "(?i)(a|an|the)\\s.*")) {
                end = and;
                more = true;
            }
        }
        if (end - w.end() > 40) return false;
        List<Word> words = Words.in(v.text, w.end(), end);
        if (words.isEmpty() || RoleNouns.of(words.get(words.size() - 1).text()) == null) return false;
        Ref o = v.first(EntityType.ORGANIZATION);
        // "said Ben-Ami, the company's chief executive" after "learned the trade at Mellanox", "a former Trendyol engineer":
        // a company named as a workplace or past employer is not the one the anaphor points to; the last sentence's subject is.
        if (o != null && o.start() < p.start() && workplace(v, o)) {
            if (!COMPANY_POSSESSIVES.contains(w.lower()) && !w.lowerIs("its")) return false;
            o = v.previousSubject(EntityType.ORGANIZATION);
            if (o == null) return false;
        } else if (o == null || o.start() > p.start()) {
            return false;
        }
        emitRoles(v, sink, p, o, words, words.size() - 1, "role.pronoun-apposition", 0.7);
        // A second title after "and" ("and a former head of digital services at Kone") is left to the other readings.
        return !more;
    }

    /** The organisation follows "at", "bei", "former", "ex-" or a person's "a": a workplace named, not the sentence's subject. */
    private static boolean workplace(SentenceView v, Ref o) {
        // "The start-up was spun out of Carnegie Mellon University's robotics programme and founded by X, its chief executive":
        // the house it came out of is not the start-up.
        return Rx.matches(v.gap(Math.max(v.sentence.start(), o.start() - 30), o.start()), "(?s).*\\b(at|bei|beim|former|ex|früheren|ehemaligen|out of|"
                + "spun off from|emerged from|aus der|aus dem)\\s+"
                + "((der|dem|den|the)\\s+)?([\\p{L}-]+\\s+)?$");
    }

    /** A house named by its kind after "at the": "at the consultancy Oliver Wyman". */
    private static final String HOUSE_NOUN = "(consultancy|firm|company|bank|group|start-up|startup|lab|fund|agency|insurer|broker|"
            + "university|institute|investment bank)";

    /** "Kai-Fu Lee, …, who now runs the start-up 01.AI": runs/leads/heads → ceoOf. */
    private boolean runs(SentenceView v, Ref p, int comma, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= p.end() || o.start() - p.end() > 110) continue;
            String gap = v.gap(p.end(), o.start());
            if (gap.startsWith(",") && Prefilter.containsAny(gap, "runs", "leads", "heads", "helms", "leitet", "führt", " ran ", "headed", " run ", " led ")
                    // "Joey Levy, who co-founded Simplebet and now leads in-play pricing at DraftKings": a first predicate before.
                    && Rx.matches(gap, ",[^;]*\\b(who|der|die)\\s+([^;,]{0,60}?\\s(and|und)\\s+(?=(now|also|currently|heute|jetzt)\\s))?"
                    + "((co-)?founded and\\s+|gründete und\\s+)?"
                    // "Fabricio Bloisi, who previously ran the food-delivery company iFood": a former chief keeps ceoOf.
                    + "(now |also |currently |heute |jetzt |previously |formerly |once |until \\d{4} |had |has |have )?"
                    // "Marcos Galperin, the co-founder who has run Mercado Libre since 1999": the perfect's participle.
                    // "who leads the game intelligence team at Microsoft Research": up to four words of the unit.
                    + "(runs|leads|heads|helms|leitet|führt|ran|headed|(?<=(has|had|have) )(run|led))\\s+((the|das|die|den)\\s+)?([\\p{L}.-]+\\s+){0,4}"
                    + "((at|bei)\\s+(the\\s+)?" + HOUSE_NOUN + "\\s+)?")) {
                // "Hartmut Neven, who founded and runs Google Quantum AI": founder as well.
                if (Rx.matches(gap, ".*\\b(who|der|die)\\s+((co-)?founded|gründete) and\\s.*|.*\\bgründete und\\s.*")) {
                    sink.add(v, p, Predicate.FOUNDER_OF, o, "founder.founded-and-runs", 0.7);
                }
                // "who leads generative AI at Meta": a unit of the company, so a role in it, not its head.
                // "who leads the transport practice at the consultancy Oliver Wyman": a house's noun after "at the".
                boolean unit = Rx.matches(gap, ".*\\s(at|of|for|in|bei|von|für|im)\\s+(the\\s+)?(" + HOUSE_NOUN + "\\s+)?$")
                        // "who had led Apple's foundation models team": the company's unit.
                        || Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 50)), "(?iu)('s|’s|s)?\\s+([\\p{L}-]+\\s+){0,3}?"
                        + "(team|teams|unit|division|business|group|lab|research|abteilung|sparte|geschäft)\\b.*")
                        // "who leads IBM's sports partnerships in the UK": whatever of the company's one leads is a part of it.
                        || Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 20)), "('s|’s)\\s+\\p{Ll}.*");
                sink.add(v, p, unit ? Predicate.WORKS_FOR : Predicate.CEO_OF, o, unit ? "role.runs-unit" : "role.runs", 0.7);
                return true;
            }
            // "Liang Wenfeng, der auch den Hedgefonds High-Flyer leitet": the German verb closes the clause.
            if (gap.startsWith(",") && Rx.matches(gap, ",[^;]*\\b(der|die)\\s+(auch |heute |jetzt |zudem |außerdem )?"
                    + "((den|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}")
                    && Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 12)), "\\s*(leitet|führt|lenkt)\\b.*")) {
                // "Mette Kjærgaard, die das Servicegeschäft bei Vestas leitet": a unit at the company, so a role in it.
                boolean unit = Rx.matches(gap, ".*\\s(bei|beim|von|vom|im|am|für)\\s+(der\\s+|dem\\s+)?$");
                sink.add(v, p, unit ? Predicate.WORKS_FOR : Predicate.CEO_OF, o, unit ? "role.runs-unit" : "role.runs", 0.7);
                return true;
            }
            // "Katrin Albers, die am Fraunhofer IEE die Gruppe für Energiemeteorologie leitet": the unit after the house.
            if (gap.startsWith(",") && Rx.matches(gap, ",\\s*(der|die)\\s+((auch|heute|jetzt|zudem|seit \\d{4})\\s+)?(am|beim|bei|im)\\s+(der\\s+|dem\\s+)?")
                    && Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 70)), "\\s+(die|das|den)\\s+[^,;]{1,50}?\\s(leitet|führt)\\b.*")) {
                sink.add(v, p, Predicate.WORKS_FOR, o, "role.runs-unit", 0.7);
                return true;
            }
        }
        return false;
    }

    private boolean possessiveApposition(SentenceView v, Ref p, Ref o, int comma, RelationSink sink) {
        if (!v.gap(comma + 1, o.start()).isBlank()) return false;
        String g = v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 50));
        boolean gen = SentenceView.genitiveSurface(o) || SentenceView.genitiveGap(g);
        int close = g.indexOf(',');
        // "…," said Jahmy Hindman, Deere's chief technology officer.": the apposition closes with the sentence.
        if (close < 0 && o.end() + 50 >= v.sentence.end()) {
            close = g.length();
            while (close > 0 && !Character.isLetterOrDigit(g.charAt(close - 1))) close--;
        }
        if (!gen || close <= 0) return false;
        int roleStart = SentenceView.genitiveSurface(o) ? o.end() : o.end() + (g.startsWith("'s") ? 2 : 1);
        // "Lumen's founder and a former Veltrix engineer": a title with a house of its own ends the chain.
        if (v.typeBetween(roleStart, o.end() + close, EntityType.ORGANIZATION)) close = v.text.indexOf(" and ", roleStart) - o.end();
        if (close <= 0) return false;
        List<Word> words = Words.in(v.text, roleStart, o.end() + close);
        // "Sara Armbruster, Steelcase's CEO since 2021,": the date the post began closes the title.
        if (words.size() >= 3 && words.get(words.size() - 2).lower().equals("since") && words.get(words.size() - 1).text().matches("\\d{4}")) {
            words = words.subList(0, words.size() - 2);
        }
        // "Anthropic's co-founder and chief science officer": two titles joined by "and" make a longer chain.
        if (words.isEmpty() || words.size() > (joinsTitles(words) ? 7 : joinsFields(words) ? 6 : 4)) return false;
        int r = words.size() - 1;
        if (RoleNouns.of(words.get(r).text()) == null) r = roleOfField(words);
        if (r < 0) return false;
        emitRoles(v, sink, p, o, words, r, "role.possessive-apposition", 0.85);
        return true;
    }

    /**
     * "Fable's head of product", "Lumen's Leiterin für Forschung": a role, "of"/"for", then its field of one or two words.
     * A post over a field is a job, not the company's chief ("OpenAI's CEO of Applications").
     */
    private static int roleOfField(List<Word> words) {
        for (int r = Math.max(0, words.size() - 4); r + 2 < words.size(); r++) {
            if (RoleNouns.of(words.get(r).text()) != Predicate.WORKS_FOR || !Set.of("of", "for", "für").contains(words.get(r + 1).lower())) continue;
            for (int i = r + 2; i < words.size(); i++) {
                String w = words.get(i).lower();
                if (RoleNouns.of(words.get(i).text()) != null || SpeechCues.VERBS.contains(w) || CONNECTORS.contains(w)) return -1;
            }
            return r;
        }
        return -1;
    }

    /** A role word, then "and"/"und", then more words: a chain of titles ("co-founder and chief science officer"). */
    private static boolean joinsTitles(List<Word> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String l = words.get(i).lower();
            if ((l.equals("and") || l.equals("und")) && RoleNouns.of(words.get(i - 1).text()) != null) return true;
        }
        return false;
    }

    /** "chief strategy and transformation officer": one title whose fields "and" joins after "chief". */
    private static boolean joinsFields(List<Word> words) {
        if (!words.get(0).lower().equals("chief")) return false;
        for (int i = 2; i + 2 < words.size(); i++) {
            String l = words.get(i).lower();
            if (l.equals("and") || l.equals("&")) return true;
        }
        return false;
    }

    /** Index of the last role word whose following words are "connector [article] [org noun]", or -1. */
    private static int lastRoleWithTail(List<Word> words) {
        for (int r = words.size() - 2; r >= 0; r--) {
            if (RoleNouns.of(words.get(r).text()) == null) continue;
            // "a professor emeritus at", "attorney general of": a word that follows its title.
            int tail = r + 1 < words.size() && POST_MODIFIERS.contains(words.get(r + 1).lower()) ? r + 2 : r + 1;
            // "Bereichsleiter Innovation bei Wisag": a German field noun after the title.
            if (tail == r + 1 && r + 2 < words.size() && Words.capitalised(words.get(r + 1).text()) && RoleNouns.of(words.get(r + 1).text()) == null
                    && !CONNECTORS.contains(words.get(r + 1).lower()) && CONNECTORS.contains(words.get(r + 2).lower())) {
                tail = r + 2;
            }
            return validTail(words, tail) ? r : -1;
        }
        return -1;
    }

    private static final Set<String> POST_MODIFIERS = Set.of("emeritus", "emerita", "general", "designate", "elect");

    /** "der Vorsitzende des Verwaltungsrats von Grupo Bimbo": a German board, then "von" and the company it governs. */
    private static final Set<String> BOARDS = Set.of("verwaltungsrats", "aufsichtsrats", "vorstands", "beirats", "stiftungsrats",
            "präsidiums", "kuratoriums");

    private static boolean boardOf(List<Word> words, int i) {
        return words.get(i).lower().equals("von") && BOARDS.contains(words.get(i - 1).lower());
    }

    static boolean validTail(List<Word> words, int from) {
        if (from >= words.size() || !CONNECTORS.contains(words.get(from).lower())) return false;
        int extra = words.size() - from - 1;
        if (extra > 5) return false;
        for (int i = from + 1; i < words.size(); i++) {
            String w = words.get(i).text();
            if (RoleNouns.of(w) != null && !Words.capitalised(w) || SpeechCues.VERBS.contains(w.toLowerCase())) return false;
            if (CONNECTORS.contains(w.toLowerCase()) && i > from + 1 && !w.equalsIgnoreCase("der") && !departmentAt(words, from, i)
                    && !boardOf(words, i)) return false;
        }
        return true;
    }

    /**
     * "vice president of engineering at GitLab": a department in lower case between "of" and the last word "at"; the
     * house follows "at".
     */
    private static boolean departmentAt(List<Word> words, int of, int at) {
        if (!words.get(of).lower().equals("of") || !words.get(at).lower().equals("at") || at != words.size() - 1 || at - of > 3) return false;
        for (int k = of + 1; k < at; k++) if (Words.capitalised(words.get(k).text())) return false;
        return true;
    }

    private static boolean adjective(String w) {
        String l = w.toLowerCase();
        return l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("e") || l.endsWith("an")
                || l.endsWith("ese") || l.endsWith("ish");
    }

    /** Emits one relation per predicate the role words imply; the role is the last title as written. */
    private void emitRoles(SentenceView v, RelationSink sink, Ref p, Ref o, List<Word> words, int r, String rule,
                           double conf) {
        Set<Predicate> preds = EnumSet.noneOf(Predicate.class);
        for (int i = 0; i <= r; i++) {
            Predicate pr = RoleNouns.of(words.get(i).text());
            if (pr != null) preds.add(pr);
        }
        // "a founding member of OpenAI": one of those who founded it.
        if (r > 0 && words.get(r - 1).lower().equals("founding") && preds.remove(Predicate.WORKS_FOR)) {
            preds.add(Predicate.FOUNDER_OF);
        }
        String role = rolePhrase(v.text, words, r);
        // "the chief executive and co-founder of DraftKings": the chief's title earlier in the chain than the phrase kept.
        String chain = v.text.substring(words.get(0).start(), words.get(r).end()).toLowerCase(java.util.Locale.ROOT);
        if (chain.contains("chief executive") && !role.toLowerCase(java.util.Locale.ROOT).contains("chief executive")
                && !RoleNouns.former(chain) && preds.remove(Predicate.WORKS_FOR)) {
            preds.add(Predicate.CEO_OF);
        }
        emit(v, sink, p, o, preds, role, rule, conf);
    }

    private static void emit(SentenceView v, RelationSink sink, Ref p, Ref o, Set<Predicate> preds, String role,
                             String rule, double conf) {
        boolean former = RoleNouns.former(role);
        String lr = role.toLowerCase();
        if (lr.contains("chief executive") && preds.remove(Predicate.WORKS_FOR)) preds.add(Predicate.CEO_OF);

        int s = Math.min(p.start(), o.start()), e = Math.max(p.end(), o.end());
        for (Predicate pr : preds) {
            Predicate use = former && pr == Predicate.CEO_OF ? Predicate.WORKS_FOR : pr;
            sink.add(v, p.id(), use, o.id(), role, null, null, null, s, e, rule, conf);
        }
    }

    /** The role title as written: the role word and up to three modifiers before it. */
    static String rolePhrase(String text, List<Word> words, int r) {
        int from = r;
        while (from > 0 && r - from < 3) {
            String w = words.get(from - 1).text();
            if (!modifier(w)) break;
            from--;
        }
        return text.substring(words.get(from).start(), words.get(r).end());
    }

    private static final Set<String> TITLE_FIELDS = Set.of("financial", "technology", "technical", "operating", "information",
            "product", "marketing", "revenue", "research", "scientific", "science", "legal", "people", "commercial", "strategy",
            "security", "digital", "data", "investment", "communications", "business", "content", "medical", "compliance");

    /** "Its CEO, Rachel Okafor, said", "Dominion's CFO, X,": an upper-case title after a possessive, before a comma. */
    private static boolean possessedAcronym(SentenceView v, Word w) {
        if (w.text().length() < 2 || w.text().length() > 4 || !w.text().equals(w.text().toUpperCase())) return false;
        Word owner = Words.before(v.text, w.start(), v.sentence.start());
        if (owner == null) return false;
        String l = owner.lower();
        return ORG_POSSESSIVES.contains(l) || l.endsWith("'s") || l.endsWith("’s");
    }

    /** A word that may qualify a title: "leitender", "ehemaligen", "chief", "KI", "Senior". */
    static boolean modifier(String w) {
        String l = w.toLowerCase();
        if (Words.ARTICLES.contains(l) || SpeechCues.VERBS.contains(l) || Set.of("und", "and", "als", "as", "der", "sagte")
                .contains(l)) return false;
        if (Set.of("chief", "senior", "leading", "former", "top", "lead", "head", "principal", "general", "managing",
                "executive", "deputy", "vice", "co").contains(l)) return true;
        // "chief financial officer", "chief technology officer": the field between "chief" and "officer".
        if (TITLE_FIELDS.contains(l)) return true;
        if (w.length() <= 3 && w.equals(w.toUpperCase()) && Character.isLetter(w.charAt(0))) return true;
        return Character.isLowerCase(w.charAt(0)) && adjective(w) && !l.endsWith("te");
    }

    /** "OpenAI-CEO Sam Altman", "Microsofts CEO Satya Nadella", "Analyst X vom Fonds Y", "CEO X" (lexicon). */
    private void titleBefore(SentenceView v, Ref p, RelationSink sink) {
        Word w = Words.before(v.text, p.start(), v.sentence.start());
        if (w == null) {
            // "OpenAI sent its chief global affairs officer, Chris Lehane": the title, a comma, the name.
            int c = p.start();
            while (c > v.sentence.start() && v.text.charAt(c - 1) == ' ') c--;
            if (c <= v.sentence.start() || v.text.charAt(c - 1) != ',') return;
            w = Words.before(v.text, c - 1, v.sentence.start());
            if (w == null || !Character.isLowerCase(w.text().charAt(0)) && !possessedAcronym(v, w)) return;
        }
        Predicate pred = RoleNouns.of(w.text());
        if (pred == null) return;
        Word prevWord = Words.before(v.text, w.start(), v.sentence.start());
        // "chief executive", "co-chief executive".
        if (prevWord != null && (prevWord.lower().equals("chief") || prevWord.lower().equals("co-chief")) && w.lower().equals("executive")) {
            pred = Predicate.CEO_OF;
        }
        // "SoftBank chief Masayoshi Son": a company's bare "chief" is its boss ("Meta's AI chief" heads a field).
        if (w.lower().equals("chief") && companyRightBefore(v, w.start())) pred = Predicate.CEO_OF;
        Ref compound = compoundOrg(v, w);
        if (compound != null) {
            String role = stripLeadingSpaceAndHyphens(v.text.substring(Math.max(w.start(), compound.end()), w.end()));
            // "der frühere Intel-Chef": the word before the compound says the role is past.
            Word before = Words.before(v.text, compound.start(), v.sentence.start());
            if (before != null && RoleNouns.former(before.text())) role = before.text() + " " + role;
            emit(v, sink, p, compound, EnumSet.of(pred), role, "role.compound", 0.9);
            // "Google- und Alphabet-Chef Sundar Pichai": the first company of a coordinated compound shares its title.
            Ref first = elidedCompoundPartner(v, compound);
            if (first != null) emit(v, sink, p, first, EnumSet.of(pred), role, "role.compound", 0.85);
            return;
        }
        // "Kodiak-Gründer und CEO Don Burnette", "Nuro-Chef und Mitgründer X": a compound title, "und", a second title.
        Word link = Words.before(v.text, w.start(), v.sentence.start());
        Word first = link == null ? null : Words.before(v.text, link.start(), v.sentence.start());
        if (link != null && first != null && Set.of("und", "and").contains(link.lower()) && RoleNouns.of(first.text()) != null) {
            Ref chained = compoundOrg(v, first);
            if (chained != null) {
                Set<Predicate> preds = EnumSet.of(pred, RoleNouns.of(first.text()));
                emit(v, sink, p, chained, preds, v.text.substring(chained.end(), w.end()).replaceFirst("^-", ""), "role.compound", 0.85);
                return;
            }
        }
        List<Word> head = Words.in(v.text, Math.max(v.sentence.start(), w.start() - 40), w.end());
        int r = head.size() - 1;
        String role = rolePhrase(v.text, head, r);
        int roleStart = v.text.lastIndexOf(role, w.end());
        // "Scale AI chief executive Alexandr Wang": a field word of the title ("AI chief") that ends a company's name is the name's.
        for (Ref q : v.refs) {
            if (roleStart > q.start() && roleStart < q.end() && q.is(EntityType.ORGANIZATION) && q.end() < w.start()) {
                roleStart = q.end() + 1;
                role = v.text.substring(roleStart, w.end());
            }
        }
        Ref poss = possessiveBefore(v, roleStart < 0 ? w.start() : roleStart);
        if (poss != null) {
            emit(v, sink, p, poss, EnumSet.of(pred), role, "role.possessive-title", 0.85);
            return;
        }
        // "Yotta's co-founder and chief executive Sunil Gupta": the possessive before the whole chain of titles.
        int chainStart = chainStart(v, roleStart < 0 ? w.start() : roleStart);
        Ref chainOwner = chainStart < 0 ? null : possessiveBefore(v, chainStart);
        String chainRule = "role.possessive-title";
        // "Farewise co-founder and chief executive Dana Whitcombe": the company right before the chain, with no possessive.
        if (chainOwner == null && chainStart >= 0) {
            Ref o = orgBeforeTitle(v, chainStart, chainStart);
            if (o != null && v.text.substring(o.end(), chainStart).equals(" ")) {
                chainOwner = o;
                chainRule = "role.org-title";
            }
        }
        if (chainOwner != null) {
            Set<Predicate> preds = titleChain(v, p, pred);
            if (v.gap(chainStart, p.start()).contains("chief executive") && preds.remove(Predicate.WORKS_FOR)) preds.add(Predicate.CEO_OF);
            // "Aramco president and CEO Amin Nasser": the chief's other title is part of the job, no second relation.
            if (preds.contains(Predicate.CEO_OF)) preds.remove(Predicate.WORKS_FOR);
            emit(v, sink, p, chainOwner, preds, v.text.substring(chainStart, p.start()).strip(), chainRule, 0.8);
            return;
        }
        Ref before = orgBeforeTitle(v, roleStart < 0 ? w.start() : roleStart, w.start());
        if (before != null) {
            emit(v, sink, p, before, EnumSet.of(pred), role, "role.org-title", 0.8);
            return;
        }
        Ref o = nextOrg(v, p, 70);
        if (o != null && !v.typeBetween(p.end(), o.start(), EntityType.PERSON)) {
            List<Word> tail = Words.in(v.text, p.end(), o.start());
            // "verlor Mitgründer Andrew Tulloch an Meta": after a name, "an" is a verb's particle, not "Forscher an der".
            if (v.text.substring(p.end(), o.start()).indexOf(',') < 0 && validTail(tail, 0) && !tail.get(0).lower().equals("an")) {
                emit(v, sink, p, o, EnumSet.of(pred), role, "role.title-of", 0.8);
                return;
            }
        }
        if (pronounTitle(v, p, pred, role, roleStart < 0 ? w.start() : roleStart, sink)) return;
        bareTitle(v, p, pred, role, sink);
    }

    /** An organisation right before offset {@code at}, glued by a space or a genitive ("SoftBank chief", "Nvidia's chief"). */
    private static boolean companyRightBefore(SentenceView v, int at) {
        if (possessiveBefore(v, at) != null) return true;
        for (Ref r : v.refs) if (r.is(EntityType.ORGANIZATION) && r.end() + 1 == at && v.text.charAt(r.end()) == ' ') return true;
        return false;
    }

    /** The company before "- und " ending in the hyphen of a left-out head ("Google- und Alphabet-Chef"), or null. */
    private static Ref elidedCompoundPartner(SentenceView v, Ref compound) {
        for (Ref r : v.refs) {
            if (r.end() >= compound.start()) break;
            if (r.is(EntityType.ORGANIZATION) && compound.start() - r.end() <= 8
                    && Rx.matches(v.text.substring(r.end(), compound.start()), "-\\s+(und|and|sowie|oder)\\s+")) return r;
        }
        return null;
    }

    private static final Set<String> ORG_POSSESSIVES = Set.of("its", "their", "dessen", "deren");
    private static final Set<String> AMBIGUOUS_POSSESSIVES = Set.of("seine", "seiner", "seinen", "seinem", "sein", "ihre", "ihrer",
            "ihren", "ihrem", "ihr");

    /**
     * "Its rotating chairman Eric Xu", "sein Finanzchef X": the company the possessive points back to,
     * the last one named before it in the sentence, else the subject of the sentence before. "sein"
     * and "ihr" may point to a person, so they count only when no person comes first in the sentence.
     */
    private boolean pronounTitle(SentenceView v, Ref p, Predicate pred, String role, int roleStart, RelationSink sink) {
        Word pron = Words.before(v.text, roleStart, v.sentence.start());
        // "Its rotating chairman", "its chief global affairs officer": up to three lower-case modifiers between the possessive and the title.
        for (int k = 0; k < 3 && pron != null && Character.isLowerCase(pron.text().charAt(0))
                && !ORG_POSSESSIVES.contains(pron.lower()) && !AMBIGUOUS_POSSESSIVES.contains(pron.lower()); k++) {
            pron = Words.before(v.text, pron.start(), v.sentence.start());
        }
        if (pron == null) return false;
        String l = pron.lower();
        boolean ambiguous = AMBIGUOUS_POSSESSIVES.contains(l);
        if (!ORG_POSSESSIVES.contains(l) && !ambiguous) return false;
        Ref org = null;
        for (Ref r : v.refs) {
            if (r.start() >= pron.start()) break;
            if (r.is(EntityType.PERSON) && ambiguous) return false;
            if (r.is(EntityType.ORGANIZATION)) org = r;
        }
        if (org == null) org = v.previousSubject(EntityType.ORGANIZATION);
        if (org == null) return false;
        sink.add(v, p.id(), pred, org.id(), role, null, null, null, p.start(), p.end(), "role.pronoun-title", 0.65);
        // "Its chief executive, Gavin Uberti, co-founded the company": the same company, founded by the person.
        if (FOUNDED_THE_COMPANY.matcher(v.gap(p.end(), Math.min(v.sentence.end(), p.end() + 50))).lookingAt()) {
            sink.add(v, p.id(), Predicate.FOUNDER_OF, org.id(), null, null, null, null, p.start(), p.end(),
                    "founder.pronoun-title", 0.6);
        }
        return true;
    }

    private static final java.util.regex.Pattern FOUNDED_THE_COMPANY = java.util.regex.Pattern.compile("(?u),?\\s+(also\\s+|auch\\s+)?"
            + "(co-founded|founded|cofounded|started|gründete|hat|hatte)\\s+(the|das|die|den)\\s+([\\p{L}-]+\\s+)?(company|startup|"
            + "start-up|firm|lab|unternehmen|start-up|firma|labor)\\b(?!\\s+\\p{Lu})(\\s+(mitgegründet|gegründet))?");

    /** The organisation a compound title starts with: "OpenAI-CEO", "Bernstein-Analyst", "Bernstein -Analyst". */
    private static Ref compoundOrg(SentenceView v, Word w) {
        for (Ref o : v.refs) {
            if (!o.is(EntityType.ORGANIZATION) || o.end() > w.end() || o.end() < w.start() - 1) continue;
            if (o.start() > w.start()) continue;
            String between = v.text.substring(o.end(), Math.max(o.end(), w.start()));
            int dash = o.end() >= w.start() ? o.end() : w.start();
            if (between.isBlank() && dash < v.text.length() && v.text.charAt(dash) == '-') return o;
        }
        return null;
    }

    /**
     * An organisation just before the title: a space before the title as written ("Jefferies analyst
     * Brent Thill", "Jefferies Senior Analyst …"), or up to three lower-case title words before the role
     * word ("OpenAI chief technology officer Mira Murati").
     */
    private static Ref orgBeforeTitle(SentenceView v, int roleStart, int roleWord) {
        for (Ref o : v.refs) {
            if (!o.is(EntityType.ORGANIZATION) || o.end() > roleStart || roleWord - o.end() > 40) continue;
            // "the challenger to Ticketmaster whose chief executive X": a relative pronoun opens another company's title.
            if (Rx.matches(v.text.substring(o.end(), roleWord), "(?i)\\s+(whose|dessen|deren)\\s.*")) continue;
            if (v.text.substring(o.end(), roleStart).equals(" ")) return o;
            String gap = v.text.substring(o.end(), roleWord);
            // Title words only: "Nvidia and analyst Dan Ives" joins two names, it does not title one.
            if (Rx.matches(gap, "( \\p{Ll}[\\p{L}-]*){1,3} ")
                    // "the challenger to Ticketmaster whose chief executive X": a relative pronoun opens another's title.
                    && !Rx.matches(gap, ".*\\b(and|und|or|oder|with|mit|from|von|at|bei|of|by|to|said|sagte|says|sagt|whose|dessen|deren)\\b.*")) {
                return o;
            }
        }
        return null;
    }

    /** An organisation in the genitive right before offset {@code at}: "Microsofts CEO", "OpenAI's chief". */
    private static Ref possessiveBefore(SentenceView v, int at) {
        for (Ref o : v.refs) {
            if (!o.is(EntityType.ORGANIZATION) || o.end() > at || at - o.end() > 4) continue;
            String gap = v.gap(o.end(), at);
            if (SentenceView.genitiveSurface(o) && gap.isBlank()) return o;
            if (SentenceView.genitiveGap(gap) && SentenceView.stripGenitive(gap).isBlank()) return o;
        }
        return null;
    }

    /** A bare title ("CEO Mark Zuckerberg"): the lexicon's known employer, if the article names it. */
    private void bareTitle(SentenceView v, Ref p, Predicate pred, String role, RelationSink sink) {
        LexiconEntry e = lexicon == null ? null : lexicon.get(p.id());
        if (e != null) {
            boolean found = false;
            for (Predicate chainPred : titleChain(v, p, pred)) {
                for (String org : e.linked(chainPred.label())) {
                    if (v.doc.entity(org) != null) {
                        sink.add(v, p.id(), chainPred, org, role, null, null, null, p.start(), p.end(), "role.title-lexicon", 0.7);
                        found = true;
                    }
                }
            }
            if (found) return;
        }
        String byText = bareTitleFromText(v, p, pred, role, sink);
        // "hire chief executive Varun Mohan … into Google DeepMind": a chief the lexicon knows as another company's employee
        // works for it when the article names it (his post may be at a company taken over); the text's own reading
        // ("Chief executive Doug McMillon" after a sentence about Walmart: its chief) comes first.
        if (e == null || pred != Predicate.CEO_OF) return;
        for (String org : e.linked(Predicate.WORKS_FOR.label())) {
            if (v.doc.entity(org) != null && !org.equals(byText)) {
                sink.add(v, p.id(), Predicate.WORKS_FOR, org, role, null, null, null, p.start(), p.end(), "role.title-lexicon-employer", 0.6);
            }
        }
    }

    /** A capitalised name after the known one, then its apposition with "whose": "…with Bidgely, the Los Altos company whose". */
    private static final java.util.regex.Pattern UNKNOWN_WHOSE_ANTECEDENT = java.util.regex.Pattern.compile(
            "(?s).*\\s\\p{Lu}[\\p{L}-]*,\\s+(the|a|an)\\s[^,;]{1,60}?\\swhose\\s[^,;]*");

    /** Verbs of telling that report a founder's words but are no judgement the comment rules should read. */
    private static final Set<String> TELLS = Set.of("erzählt", "erzählte", "berichtet", "berichtete", "recalls", "recalled");

    /** A bare title's company from the sentence or the one before it; the id of the company given, or null. */
    private String bareTitleFromText(SentenceView v, Ref p, Predicate pred, String role, RelationSink sink) {
        // An analyst or investor named by a bare title works for someone the text does not name; a company's officer
        // ("Finanzvorstand X ergänzte …", "CFO X said …") works for the company the text is about.
        if (pred == Predicate.WORKS_FOR && !RoleNouns.officer(role)) return null;
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        // "Gründer David Reger will …": a sentence opening with the title of a company it does not name
        // speaks of the company the sentence before is about.
        // The title may take a few words: "Co-chief executive Ted Sarandos told …", "Chief executive X has argued".
        // Companies later in the sentence as objects of a preposition ("the group, majority-owned by the Holtzbrinck
        // Publishing Group") do not name it.
        // The company the sentence before is about ("…, angeführt von General Catalyst" is none). A company named later in
        // this sentence does not count when it is that one again ("Finanzvorstand X ergänzte, … weil Infineon …").
        Ref before = v.openingCompany(v.index() - 1, Integer.MAX_VALUE);
        boolean named = false;
        for (Ref o : orgs) {
            named |= o.start() < p.start() || !v.objectOfPreposition(o) && (before == null || !o.id().equals(before.id()));
        }
        if (!named && Rx.matches(v.gap(v.sentence.start(), p.start()), "\\s*((auch|also|dessen|deren)\\s+)?" + "([^\\s,;:]+\\s+){1,3}")) {
            if (before == null) return null;
            sink.add(v, p.id(), pred, before.id(), role, null, null, null, p.start(), p.end(), "role.title-previous-subject", 0.55);
            return before.id();
        }
        if (orgs.size() != 1 || orgs.get(0).start() > p.start()) return null;
        // "competes with Bidgely, the Los Altos company whose founder and chief executive Abhay Gupta …": the title belongs
        // to the antecedent of "whose", a company the finders may not know, not to the sentence's one known name.
        if (UNKNOWN_WHOSE_ANTECEDENT.matcher(v.text.substring(orgs.get(0).end(), p.start())).matches()) return null;
        // "…, dem Modell von Aleph Alpha, erzählt Mitgründer Wendl": a company inside what a founder says is seldom the one he
        // founded (the model or supplier he speaks of); a chief speaks of his own company more often, so only founders.
        if (pred == Predicate.FOUNDER_OF) {
            for (Word w : Words.in(v.text, orgs.get(0).end(), p.start())) {
                if (SpeechCues.isCue(w.lower()) || TELLS.contains(w.lower())) return null;
            }
        }
        Word prep = Words.before(v.text, orgs.get(0).start(), v.sentence.start());
        if (prep != null && PLATFORM_PREPS.contains(prep.lower())) return null;
        emit(v, sink, p, orgs.get(0), EnumSet.of(pred), role, "role.title-sentence-org", 0.55);
        return orgs.get(0).id();
    }

    /** Where a chain of titles joined by "and" starts before offset {@code at}, or -1 when there is no second title. */
    private static int chainStart(SentenceView v, int at) {
        List<Word> ws = Words.in(v.text, Math.max(v.sentence.start(), at - 50), at);
        int k = ws.size() - 1;
        if (k < 1 || !Set.of("and", "und").contains(ws.get(k).lower())) return -1;
        int start = -1;
        for (k = k - 1; k >= 0; k--) {
            Word w = ws.get(k);
            if (RoleNouns.of(w.text()) != null || modifier(w.text()) && Character.isLowerCase(w.text().charAt(0))) start = w.start();
            else break;
        }
        return start;
    }

    /** The predicates of a title chain before a name: "Mitgründer und Vorstandschef Arthur Mensch". */
    private static Set<Predicate> titleChain(SentenceView v, Ref p, Predicate last) {
        Set<Predicate> out = EnumSet.of(last);
        List<Word> ws = Words.in(v.text, Math.max(v.sentence.start(), p.start() - 60), p.start());
        for (int i = ws.size() - 2; i >= 0; i--) {
            String l = ws.get(i).lower();
            // "Chief executive" is one title: its "chief" is no second, lesser one.
            if ((l.equals("chief") || l.equals("co-chief")) && ws.get(i + 1).lower().equals("executive")) continue;
            Predicate pr = RoleNouns.of(ws.get(i).text());
            if (pr != null) out.add(pr);
            else if (!l.equals("und") && !l.equals("and") && !modifier(ws.get(i).text())) break;
        }
        return out;
    }

    /** "Microsofts Satya Nadella", "OpenAI's Sam Altman". */
    private void possessiveOrgPerson(SentenceView v, Ref p, RelationSink sink) {
        for (Ref o : v.refs) {
            if (!o.is(EntityType.ORGANIZATION) || o.end() > p.start() || p.start() - o.end() > 4) continue;
            String gap = v.gap(o.end(), p.start());
            boolean gen = SentenceView.genitiveSurface(o) && gap.isBlank()
                    || SentenceView.genitiveGap(gap) && SentenceView.stripGenitive(gap).isBlank();
            if (gen) sink.add(v, p, Predicate.WORKS_FOR, o, "possessive.org-person", 0.75);
        }
    }

    /** "Liangs Hedgefonds High-Flyer", "Altman's company OpenAI". */
    private void possessivePersonOrg(SentenceView v, Ref p, RelationSink sink) {
        Ref o = nextOrg(v, p, 40);
        if (o == null) return;
        String gap = v.gap(p.end(), o.start());
        boolean gen = SentenceView.genitiveSurface(p);
        if (!gen && !SentenceView.genitiveGap(gap)) return;
        if (!gen) gap = SentenceView.stripGenitive(gap);
        List<Word> words = Words.in(gap, 0, gap.length());
        // "Elon Musk's xAI", "Rupert Murdochs News Corp": the company right after the person's genitive is theirs.
        if (words.isEmpty() && gap.isBlank()) {
            sink.add(v, p, Predicate.WORKS_FOR, o, "possessive.person-org-direct", 0.65);
            return;
        }
        if (words.isEmpty() || words.size() > 2) return;
        if (!ORG_NOUNS.contains(words.get(words.size() - 1).lower())) return;
        sink.add(v, p, Predicate.WORKS_FOR, o, "possessive.person-org", 0.7);
    }

    /** "PERSON … in sein kalifornisches Startup You.com": founderOf when the sentence calls them founder. */
    private void pronounOrg(SentenceView v, Ref p, RelationSink sink) {
        for (Ref o : v.of(EntityType.ORGANIZATION)) {
            if (o.start() <= p.end() || v.typeBetween(p.end(), o.start(), EntityType.PERSON)) continue;
            List<Word> words = Words.in(v.text, Math.max(p.end(), o.start() - 50), o.start());
            int n = words.size();
            if (n < 2 || !ORG_NOUNS.contains(words.get(n - 1).lower())) continue;
            for (int i = Math.max(0, n - 4); i < n - 1; i++) {
                String w = words.get(i).lower();
                if (w.startsWith("sein") || w.startsWith("ihr") || w.equals("his") || w.equals("her")) {
                    boolean founder = v.hasAny("gründer", "founder", "gründete", "founded");
                    sink.add(v, p, founder ? Predicate.FOUNDER_OF : Predicate.WORKS_FOR, o, "possessive.pronoun-org",
                            0.65);
                    break;
                }
            }
        }
    }

    /** What {@code s.replaceFirst("^[\\s-]+", "")} gives, without compiling the expression on every call. */
    static String stripLeadingSpaceAndHyphens(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '-' || isRegexSpace(s.charAt(i)))) i++;
        return s.substring(i);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Ref nextOrg(SentenceView v, Ref after, int maxGap) {
        for (Ref r : v.refs) {
            if (r.is(EntityType.ORGANIZATION) && r.start() >= after.end()) {
                return r.start() - after.end() <= maxGap ? r : null;
            }
        }
        return null;
    }
}
