package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which matches of ambiguous lexicon labels ("Meta", "Apple", "R1", "VAT") name the entity.
 * A match is kept when the article names the entity in full or an entity linked to it (DeepSeek for
 * R1), when a type cue touches it ("Meta-Aktie", "Modell R1", "Analyst bei Meta"), when a share move
 * follows it ("VAT (–8%)"), when it is an item of a list of entities of its type ("Microsoft,
 * Amazon, Meta"), or, for companies only, when the article is about several known companies. Once
 * one occurrence is supported, the entity's other occurrences in the article are kept too (one
 * sense per discourse), except inside compounds with a non-cue word ("Meta-Analyse").
 */
final class ContextSupport {
    private static final Set<String> OF = Cues.hashed("of", "von", "vom");
    /** Participles whose agent or glued owner is a company: "owned by Alphabet", "SoftBank-backed", "Amazon-designed". */
    private static final Set<String> OWNER_PARTICIPLES = Cues.hashed("owned", "backed", "controlled", "acquired", "bought", "funded",
            "designed", "developed");
    private static final Set<String> INVESTOR_SUBTYPES = Set.of("InvestmentFirm", "Bank");
    private static final Set<String> FUNDING_PREPOSITIONS = Cues.hashed("from", "by", "von", "vom", "durch");
    /** Verbs only a company does, right after its name: "Amazon invested", "Oracle übernimmt". */
    private static final Set<String> BUSINESS_VERBS = Cues.hashed("invested", "invests", "acquired", "acquires", "announced",
            "announces", "unveiled", "unveils", "reported", "reports", "posted", "launched", "launches", "hired", "licensed",
            "investierte", "investiert", "übernahm", "übernimmt", "kündigte", "angekündigt", "meldete", "meldet", "präsentierte",
            "stellte", "verbuchte", "erwarb", "erwirbt", "beteiligt", "beteiligte");
    /** Auxiliaries between a company's name and its business verb ("Oracle has announced", "Amazon hat … investiert"). */
    private static final Set<String> AUXILIARIES = Cues.hashed("has", "had", "hat", "hatte", "will", "wird", "would", "also", "auch");
    private static final Set<String> NON_COMPANY_NEXT = Cues.hashed("rainforest", "regenwald", "river", "fluss",
            "basin", "delta", "region", "gebiet", "becken", "shannon", "monet", "debussy");

    private final LexiconIndex index;
    private final DocumentTokens d;
    private final Set<String> accepted;
    private final EntityType[] startType;
    private final EntityType[] endType;
    private final int strongOrgs;
    private final boolean english;
    /** The weakest support: the article is about several known companies. */
    private static final String DOMAIN = "domain";

    ContextSupport(LexiconIndex index, DocumentTokens d, Set<String> strong, List<Mention> mentions) {
        this.index = index;
        this.d = d;
        this.accepted = new HashSet<>(strong);
        this.startType = new EntityType[d.size()];
        this.endType = new EntityType[d.size()];
        Set<String> orgs = new HashSet<>();
        for (Mention m : mentions) {
            mark(m);
            if (m.type() == EntityType.ORGANIZATION) orgs.add(m.entityId());
        }
        this.strongOrgs = orgs.size();
        this.english = "en".equals(d.doc().document().lang());
    }

    private void mark(Mention m) {
        int first = d.indexAt(m.start());
        int last = d.indexAt(m.end()) - 1;
        if (first < d.size()) startType[first] = m.type();
        if (last >= 0 && last < d.size()) endType[last] = m.type();
    }

    /** The pending matches by their first token: "Amazon's Alexa" names two context-only labels that vouch for each other. */
    private final Map<Integer, LexiconMentionFinder.Match> pendingAt = new HashMap<>();

    void resolve(List<LexiconMentionFinder.Match> pending, List<Mention> out) {
        List<LexiconMentionFinder.Match> left = new ArrayList<>(pending);
        for (LexiconMentionFinder.Match m : pending) pendingAt.put(m.from(), m);
        // A tie between entries sharing a label waits until nothing else can be settled: a later occurrence may yet
        // name the related entity that breaks it ("Otto … der Paketdienst Hermes … der Otto-Chef").
        boolean settleTies = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<LexiconMentionFinder.Match> it = left.iterator(); it.hasNext(); ) {
                LexiconMentionFinder.Match m = it.next();
                // A label shared by several entries ("Nova": Amazon's models, a chip-metrology maker; "RTX": Nvidia's GPUs,
                // the defence group) goes to the entry with the strongest support: a type cue at the name ("a unit of RTX")
                // over a related entity named in the article, that over "the article names several companies".
                // Between equal supports, an entry with a related entity named in the article wins ("der Paketdienst
                // Hermes" in an article about Otto is Otto's parcel carrier, not the fashion house).
                LexiconIndex.Label best = null;
                String bestReason = null;
                int bestScore = -1;
                boolean tie = false;
                for (LexiconIndex.Label l : m.labels()) {
                    String reason = support(m, l.entry());
                    if (reason == null) continue;
                    // Then the entry whose own name the label is ("Sabre" is Sabre Corporation's name, Sabre Insurance's short form).
                    int score = 4 * rank(reason) + (m.labels().size() > 1 && relatedNamed(l.entry()) ? 2 : 0)
                            + (l.label().equals(l.entry().name()) ? 1 : 0);
                    if (score == bestScore) {
                        tie = true;
                        // A tie still open when ties are settled goes to a listed company where a share's cue or move
                        // supports the label ("Die Papiere von UPM" is UPM-Kymmene, not the Polytechnic University of Madrid).
                        if (settleTies && listedForShares(l, reason) && !listedForShares(best, bestReason)) { best = l; bestReason = reason; }
                    }
                    if (score > bestScore) { best = l; bestReason = reason; bestScore = score; tie = false; }
                    if (m.labels().size() == 1) break;
                }
                if (best == null || tie && !settleTies) continue;
                accept(m, best, bestReason, out);
                it.remove();
                changed = true;
            }
            if (!changed && !settleTies) {
                settleTies = true;
                changed = true;
            }
        }
        // One sense per discourse: the remaining occurrences of an entity already supported.
        Map<String, Boolean> done = new HashMap<>();
        for (LexiconMentionFinder.Match m : left) {
            if (inForeignCompound(m) || m.folded() && givenNameOfAnother(m)) continue;
            for (LexiconIndex.Label l : m.labels()) {
                if (accepted.contains(l.entry().id()) && !(l.entry().type() == EntityType.PERSON && surnameAsNoun(m))) {
                    accept(m, l, "discourse", out);
                    done.put(l.entry().id(), true);
                    break;
                }
            }
        }
    }

    /**
     * "Lego-Chef Niels B. Christiansen": a word that is a given name itself, before an initial or another name word, opens
     * another person's name; it is not the genitive of a surname label ("Niel").
     */
    private boolean givenNameOfAnother(LexiconMentionFinder.Match m) {
        if (m.from() != m.to() || !d.is(m.from(), Cues.F_GIVEN) || m.to() + 1 >= d.size() || !d.sameSentence(m.to(), m.to() + 1)) return false;
        Token next = d.get(m.to() + 1);
        return next.gap() == Token.Gap.SPACE && next.word() && next.capitalised() && !Cues.is(next, Cues.F_NOT_NAME);
    }

    /** "ein Mensch" in an article naming Arthur Mensch: one word after an article ({@link Cues#surnameReadsAsNoun}). */
    private boolean surnameAsNoun(LexiconMentionFinder.Match m) {
        if (m.from() != m.to()) return false;
        Token prev = d.wordNear(m.from() - 1, m.from());
        Token after = d.wordNear(m.to() + 1, m.to());
        return prev != null && Cues.surnameReadsAsNoun(prev.lower(), after == null ? null : after.lower());
    }

    private void accept(LexiconMentionFinder.Match m, LexiconIndex.Label l, String reason, List<Mention> out) {
        Mention mention = d.mention(m.from(), m.to(), l.entry().type(), l.entry().id(), Method.CONTEXT,
                "context:" + l.label() + ":" + reason, LexiconMentionFinder.CONTEXT);
        out.add(mention);
        mark(mention);
        accepted.add(l.entry().id());
    }

    private static boolean listedForShares(LexiconIndex.Label l, String reason) {
        return l.entry().ticker() != null && ("cue".equals(reason) || "move".equals(reason));
    }

    /**
     * How strongly a reason ties a match to an entry: 3 a cue at the name, 2 the entry accepted earlier in the article
     * (one sense per discourse), 1 a related entity named or a list, 0 the article's domain.
     */
    private static int rank(String reason) {
        if (DOMAIN.equals(reason)) return 0;
        if (reason.startsWith("related:") || reason.equals("list")) return 1;
        if (reason.equals("named")) return 2;
        return 3;
    }

    private boolean relatedNamed(LexiconEntry e) {
        for (String r : index.related(e.id())) if (accepted.contains(r)) return true;
        return false;
    }

    private static final Set<String> TIME_NOUNS = Cues.hashed("year", "years", "week", "weeks", "month", "months", "quarter",
            "quarters", "season", "decade", "jahr", "woche", "monat", "quartal", "saison");

    private static final Set<String> MODEL_NOUNS = Cues.hashed("model", "models", "modell", "modells", "modelle", "sprachmodell",
            "ki-modell", "llm");

    /** Words that say what kind of model follows: "speech model", "open language model" (not verbs: "Amazon bietet beide Modelle"). */
    private static final Set<String> MODEL_KINDS = Cues.hashed("speech", "language", "voice", "video", "image", "vision", "reasoning",
            "foundation", "open", "open-source", "small", "large", "new", "latest", "generative", "multimodal", "coding", "music",
            "audio", "weather", "ai", "ki");

    /** A model noun right after token j, or after one or two words of its kind ("speech model", "open language model"). */
    private boolean modelNounAfter(int j) {
        for (int k = j + 1; k <= j + 3 && k < d.size() && d.sameSentence(j, k); k++) {
            Token t = d.get(k);
            if (!t.word()) return false;
            if (MODEL_NOUNS.contains(t.lower())) return true;
            if (!MODEL_KINDS.contains(t.lower())) return false;
        }
        return false;
    }

    /** Words after a plural that a genitive never takes: prepositions, conjunctions, auxiliaries, verbs of saying. */
    private static final Set<String> PLURAL_FOLLOWERS = Cues.hashed("on", "in", "and", "or", "of", "for", "to", "with", "at", "by",
            "from", "are", "were", "was", "is", "have", "has", "had", "that", "which", "who", "will", "would", "can", "could", "said",
            "say", "says", "reported", "reports", "the", "a", "an", "as", "than", "into", "over", "under", "but", "like", "such");

    /** Token j ends its sentence or a punctuation mark or a function word follows it. */
    private boolean functionWordFollows(int j) {
        if (j + 1 >= d.size() || !d.sameSentence(j, j + 1)) return true;
        Token next = d.get(j + 1);
        return !next.word() || PLURAL_FOLLOWERS.contains(next.lower());
    }

    /** Why this match names the entry, or null when nothing supports it. */
    private String support(LexiconMentionFinder.Match m, LexiconEntry e) {
        EntityType type = e.type();
        // "schoss an der Nasdaq um 49 Prozent nach oben", "trade on the Nasdaq": the exchange as a venue, not its index.
        // Only the index named like its exchange: "on the Nikkei" is the index a stock moved in.
        if (type == EntityType.STOCK_INDEX && d.lower(m.to()).equals("nasdaq") && (venue(m.from()) || venueNoun(m.to() + 1))) return null;
        Set<String> cues = Cues.typeCues(type);
        Token next = m.to() + 1 < d.size() ? d.get(m.to() + 1) : null;
        if (next != null && next.word() && next.gap() == Token.Gap.HYPHEN) {
            // "Meta-Chefwissenschaftler", "Apple-Analystin": a role noun glued to a company's name.
            boolean role = type == EntityType.ORGANIZATION && Cues.is(next, Cues.F_ROLE);
            // "the Alphabet-owned lab", "a SoftBank-backed start-up": only an owner is glued to these participles.
            boolean owner = type == EntityType.ORGANIZATION && OWNER_PARTICIPLES.contains(next.lower());
            return compoundCue(next.lower(), cues) || role || owner ? "compound" : null;
        }
        if (d.get(m.from()).gap() == Token.Gap.HYPHEN && m.from() > 0 && d.get(m.from() - 1).word()) return null;
        // "der Nordsee Medienholding": a trade's holding or group after the word names another house.
        if (next != null && next.gap() == Token.Gap.SPACE && next.capitalised() && next.length() > 8 && Cues.is(next, Cues.F_ORG_SUFFIX)
                && (next.lower().endsWith("holding") || next.lower().endsWith("gruppe"))) {
            return null;
        }
        Token prev = d.wordNear(m.from() - 1, m.from());
        if (type == EntityType.PERSON && (surnameAsNoun(m) || givenNameOfAnother(m))) return null;
        // "die von Lukas Walton gegründete Plattform": a given name before a name word is no genitive of a company ("Luka").
        if (m.folded() && givenNameOfAnother(m)) return null;
        // "Rings on a phone screen", "Apples and pears", "the Times reported": English writes a genitive with an apostrophe,
        // so a common word's "-s" before a function word is a plural, whatever the article names. Not a chip's ("Groq's
        // LPUs"); before a noun or a name a sloppy or translated text may have dropped the apostrophe ("Apples sales",
        // "Metas Llama 3.2").
        if (english && m.folded() && !d.get(m.to()).possessive() && type != EntityType.CHIP && functionWordFollows(m.to())) return null;
        // "Analyst bei der Investmentbank Halloway Brothers": a folded "-s" that makes an organisation's suffix after a
        // capitalised word is that name's end, not a genitive.
        if (m.folded() && !d.get(m.to()).possessive() && d.is(m.to(), Cues.F_ORG_SUFFIX) && m.from() > 0 && d.sameSentence(m.from() - 1, m.from())
                && d.get(m.from() - 1).word() && Character.isUpperCase(d.get(m.from() - 1).text().charAt(0))) return null;
        // "SoundHound's Polaris speech model": a company's common name before a model noun names the model.
        // Not the owner's genitive: "Metas offenes Modell Llama", "Meta's open model".
        if (type == EntityType.ORGANIZATION && !m.folded() && !d.get(m.to()).possessive() && modelNounAfter(m.to())) return null;
        // "Next year we expect …", "Apple season": a time noun after the word makes it an adjective of time.
        Token timeNext = d.wordNear(m.to() + 1, m.to());
        if (timeNext != null && d.get(m.to() + 1).gap() == Token.Gap.SPACE && TIME_NOUNS.contains(timeNext.lower())) return null;
        if (accepted.contains(e.id())) return "named";
        Token after = d.wordNear(m.to() + 1, m.to());
        if (prev != null && cues.contains(prev.lower()) || after != null && cues.contains(after.lower())) return "cue";
        // "das Marktforschungsunternehmen IDC", "der Chipkonzern Intel": a compound of a cue noun before the name.
        if (prev != null && prev.length() >= 8 && Character.isUpperCase(prev.text().charAt(0)) && compoundCue(prev.lower(), cues)) {
            return "cue";
        }
        // "der Zulieferer Continental", "des Transceiver-Herstellers Coherent", "die Gewerkschaft Verdi": a noun that
        // describes a company right before the name.
        if (type == EntityType.ORGANIZATION && prev != null && d.get(m.from()).gap() == Token.Gap.SPACE && companyNoun(prev)
                && !capitalisedWordAfter(m.to())) {
            return "cue";
        }
        // "the London lab owned by Alphabet", "die zu Alphabet gehörende Tochter": the owner of something named.
        if (type == EntityType.ORGANIZATION && prev != null && (prev.lower().equals("by") && OWNER_PARTICIPLES.contains(d.lower(m.from() - 2))
                || prev.lower().equals("zu") && after != null && after.lower().startsWith("gehörende"))) {
            return "owner";
        }
        if (prev != null && OF.contains(prev.lower())) {
            // "shares of Oracle", "die Aktien von Apple": the cue stands before the preposition.
            Token before = d.wordNear(m.from() - 2, m.from());
            if (before != null && cues.contains(before.lower())) return "cue";
        }
        if (after == null && next != null && next.is("-") && d.wordNear(m.to() + 2, m.to()) != null
                && compoundCue(d.lower(m.to() + 2), cues)) {
            return "cue"; // "Meta -Gruppe": a compound torn apart by a stray space
        }
        // After the cues: "a unit of RTX" is the defence group even where Nvidia, maker of the RTX GPUs, is named too.
        for (String r : index.related(e.id())) {
            if (accepted.contains(r)) return "related:" + r;
        }
        if (type == EntityType.ORGANIZATION) {
            if (ownsNextMention(m) || ownsRelatedName(m, e)) return "owner";
            if (percentFollows(m.to() + 1)) return "move";
            if (businessVerbFollows(m.to() + 1)) return "business";
            // "raised $60 million from Sequoia", "Geld von Lightspeed eingesammelt": an investor named as the money's source.
            if (prev != null && INVESTOR_SUBTYPES.contains(e.subtype()) && FUNDING_PREPOSITIONS.contains(prev.lower())
                    && Cues.fundingSentence(d, m.from())) {
                return "funding";
            }
            if (prev != null && Cues.ROLE_PREPOSITIONS.contains(prev.lower()) && m.from() >= 2
                    && d.wordNear(m.from() - 2, m.from()) != null && d.is(m.from() - 2, Cues.F_ROLE)) {
                return "role";
            }
        }
        if (type == EntityType.STOCK_INDEX && percentSoon(m.to() + 1)) return "move"; // "der Dow Jones gewann 0,4 %"
        if (inList(m, type)) return "list";
        if (type == EntityType.ORGANIZATION && strongOrgs >= 2 && d.get(m.to()).length() >= 4 && !continuesName(m)
                && !d.is(m.to(), Cues.F_NOT_NAME) && (prev == null || !Cues.is(prev, Cues.F_DETERMINER))
                && !(m.folded() && startsSentence(m.from())) && !nameWordBefore(m.from()) && !placeAround(m)
                && !adjectiveAfterDeterminer(m.from()) && !(m.folded() && !english && adjectiveBefore(m.from()))
                // "mit einzelne Reeder": a German inflected adjective makes the word a noun; not a nation's ("die japanische …").
                && !(!english && adjectiveAfterPreposition(m.from()))
                // "Tier 4 cities", "Stage 2": a number after a common word ranks it; a company's share move has its percent.
                && !numberAfter(m.to())) {
            // A folded "-s" at the start of a sentence is as likely a plural ("Benchmarks cited by …")
            // as a genitive, and the capital says nothing there.
            return DOMAIN;
        }
        return null;
    }

    private static final java.util.regex.Pattern NATION_ADJECTIVE = java.util.regex.Pattern.compile(".*isch(e|en|er|es|em)");
    private static final Set<String> NOUN_PREPOSITIONS = Cues.hashed("mit", "von", "für", "bei", "aus", "zu", "nach", "über",
            "unter", "an", "auf", "in", "gegen", "ohne", "durch");

    /**
     * "mit einzelne Reeder", "für kleine Händler": in German a preposition and an inflected adjective make the word after
     * them a common noun; not an adjective of a nation ("mit der japanischen …" has its article anyway).
     */
    private boolean adjectiveAfterPreposition(int from) {
        if (from < 2 || !d.sameSentence(from - 2, from)) return false;
        Token adj = d.wordNear(from - 1, from), prep = d.wordNear(from - 2, from);
        if (adj == null || prep == null || adj.length() < 5 || !Character.isLowerCase(adj.text().charAt(0))
                || Cues.is(adj, Cues.F_NOT_NAME) || !NOUN_PREPOSITIONS.contains(prep.lower())) return false;
        String l = adj.lower();
        return Cues.germanCaseEnding(l) && !NATION_ADJECTIVE.matcher(l).matches();
    }

    private boolean numberAfter(int j) {
        if (j + 1 >= d.size() || !d.sameSentence(j, j + 1) || d.get(j + 1).gap() != Token.Gap.SPACE) return false;
        String n = d.get(j + 1).text();
        if (n.isEmpty() || !Character.isDigit(n.charAt(0))) return false;
        for (int k = j + 2; k < Math.min(d.size(), j + 5) && d.sameSentence(j, k); k++) {
            String l = d.lower(k);
            if (l.equals("%") || l.equals("prozent") || l.equals("percent") || l.equals("pct")) return false;
        }
        return true;
    }

    /**
     * A capitalised word right before the match, inside its sentence but not opening it: the match is the tail of a
     * longer name ("Rolling Stone", "the United Arab Emirates", "built for the Magic Circle budget"). German writes
     * every noun with a capital ("der Elektroautobauer Lucid"), so there only a name found right before counts
     * ("die Sportbrille Oakley Meta Vanguard").
     */
    private boolean nameWordBefore(int from) {
        if (from < 2 || d.get(from).gap() != Token.Gap.SPACE) return false;
        Token prev = d.wordNear(from - 1, from);
        if (prev == null || !Character.isUpperCase(prev.text().charAt(0)) || prev.possessive() || startsSentence(from - 1)) return false;
        if (!english) return endType[from - 1] != null;
        return !Cues.is(prev, Cues.F_NOT_NAME | Cues.F_SPEECH | Cues.F_ROLE | Cues.F_ORG_TYPE) && !companyNoun(prev);
    }

    /**
     * A noun that describes the company after it: a descriptor ("Zulieferer", "Chipkonzern"), a cue or a media noun.
     * Not a platform: "schrieb auf seiner Plattform X" names the service, where a post stands.
     */
    private static boolean companyNoun(Token t) {
        return (OrganisationCues.companyNoun(t) || Cues.is(t, Cues.F_ORG_CUE_NOUN | Cues.F_MEDIA_NOUN)) && !PLATFORMS.contains(t.lower());
    }

    private static final Set<String> PLATFORMS = Cues.hashed("plattform", "platform");

    private static final Set<String> FROM_PLACE = Cues.hashed("aus");

    /**
     * The match names a place: "Rigetti aus Berkeley", "KoBold Metals of Berkeley, California". A place word after
     * its comma, or German "aus", which puts a company's seat before the name far more often than a company.
     */
    private boolean placeAround(LexiconMentionFinder.Match m) {
        Token prev = d.wordNear(m.from() - 1, m.from());
        if (prev != null && FROM_PLACE.contains(prev.lower())) return true;
        // "from Piraeus to Naxos": a route's ends are places.
        if (prev != null && prev.lower().equals("from") && m.to() + 1 < d.size() && d.sameSentence(m.to(), m.to() + 1)
                && d.lower(m.to() + 1).equals("to")) return true;
        int j = m.to() + 1;
        return j + 1 < d.size() && d.get(j).is(",") && d.sameSentence(j + 1, m.to()) && placeWord(d.get(j + 1));
    }

    /** A capitalised word of the not-a-name list: places, months and weekdays keep their capital mid-sentence. */
    private static boolean placeWord(Token t) {
        return t.word() && Character.isUpperCase(t.text().charAt(0)) && Cues.is(t, Cues.F_NOT_NAME)
                && !Cues.is(t, Cues.F_DETERMINER);
    }

    /**
     * "In ersten Benchmarks liegt der Chip vorn", "in gängigen Benchmarks": in German, a folded "-s" after a lower-case word
     * with an adjective's ending or after a count is a plural, not a genitive.
     */
    private boolean adjectiveBefore(int from) {
        Token adj = d.wordNear(from - 1, from);
        if (adj == null || !Character.isLowerCase(adj.text().charAt(0)) || adj.possessive() || adj.length() < 3
                || Cues.is(adj, Cues.F_DETERMINER) || RELATIONAL.contains(adj.lower())) {
            return false;
        }
        String l = adj.lower();
        return PLURAL_COUNTS.contains(l) || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em") || l.endsWith("e");
    }

    /** Counting words before a plural: "über zwölf Benchmarks", "several Benchmarks". */
    private static final Set<String> PLURAL_COUNTS = Cues.hashed("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
            "zehn", "elf", "zwölf", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "many", "several", "some", "mehrere", "viele", "einige", "zahlreiche", "vielen");

    /** Words that tie the name to someone, not describe a thing: "a former Meta researcher", "its partner Wing". */
    private static final Set<String> RELATIONAL = Cues.hashed("former", "ex", "onetime", "longtime", "partner", "rival",
            "parent", "sister", "ehemalige", "ehemaligen", "ehemaliger", "frühere", "früheren", "einstige", "einstigen");

    /**
     * "einen offenen Standard", "den gängigen Benchmarks", "the larger Eclipse rocket": an article and a lower-case
     * word before the match make it a noun with its adjective, which a company's bare name rarely takes.
     */
    private boolean adjectiveAfterDeterminer(int from) {
        Token adj = d.wordNear(from - 1, from);
        if (adj == null || from < 2 || !Character.isLowerCase(adj.text().charAt(0)) || adj.possessive()
                || Cues.is(adj, Cues.F_NOT_NAME) || RELATIONAL.contains(adj.lower())) {
            return false;
        }
        Token det = d.wordNear(from - 2, from);
        return det != null && Cues.is(det, Cues.F_DETERMINER);
    }

    private static final Set<String> VENUE_PREPOSITIONS = Cues.hashed("an", "auf", "on", "at");

    /** A preposition and an article before token i, or "on" alone: where shares trade ("an der", "on the", "on"). */
    private boolean venue(int i) {
        if (i < 1 || !d.sameSentence(i - 1, i) || !d.get(i - 1).word()) return false;
        String prev = d.lower(i - 1);
        if (prev.equals("on")) return true;
        return (prev.equals("der") || prev.equals("the")) && i >= 2 && d.sameSentence(i - 2, i) && VENUE_PREPOSITIONS.contains(d.lower(i - 2));
    }

    private static final Set<String> VENUE_NOUNS = Cues.hashed("session", "sessions", "trading", "listing", "listed", "debut",
            "handel", "notierung", "börsengang");

    /** "in a holiday-shortened Nasdaq session", "Nasdaq-listed": a noun after the name that makes it the exchange. */
    private boolean venueNoun(int j) {
        return j < d.size() && d.sameSentence(j - 1, j) && VENUE_NOUNS.contains(d.lower(j));
    }

    /** No word before token i in its sentence (list bullets and emphasis marks do not count). */
    private boolean startsSentence(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (!d.sameSentence(k, i)) return true;
            if (d.get(k).word()) return false;
        }
        return true;
    }

    private static boolean compoundCue(String lower, Set<String> cues) {
        if (cues.contains(lower)) return true;
        for (String c : cues) {
            if (c.length() >= 4 && lower.endsWith(c)) return true;
        }
        return false;
    }

    private boolean inForeignCompound(LexiconMentionFinder.Match m) {
        Token next = m.to() + 1 < d.size() ? d.get(m.to() + 1) : null;
        boolean gluedNext = next != null && next.word() && next.gap() == Token.Gap.HYPHEN;
        boolean gluedPrev = d.get(m.from()).gap() == Token.Gap.HYPHEN && m.from() > 0 && d.get(m.from() - 1).word();
        return gluedNext || gluedPrev;
    }

    /**
     * Any capitalised word right after the match, places too: after a describing noun the name may run on ("der
     * Research-Boutique Comet Asia Research GmbH", "dem Fonds Delta Nile Capital").
     */
    private boolean capitalisedWordAfter(int to) {
        Token after = d.wordNear(to + 1, to);
        return after != null && after.gap() == Token.Gap.SPACE && Character.isUpperCase(after.text().charAt(0));
    }

    /** "Anthropic" followed by "Shannon": the match is part of a longer name, not the company. */
    private boolean continuesName(LexiconMentionFinder.Match m) {
        Token after = d.wordNear(m.to() + 1, m.to());
        if (after != null && (NON_COMPANY_NEXT.contains(after.lower())
                || after.gap() == Token.Gap.SPACE && Cues.nameLike(after) && !Cues.is(after, Cues.F_ORG_TYPE)
                && !Cues.is(after, Cues.F_SPEECH))) {
            return true;
        }
        Token before = d.wordNear(m.from() - 1, m.from());
        return before != null && d.get(m.from()).gap() == Token.Gap.SPACE && Cues.is(before, Cues.F_GIVEN);
    }

    /**
     * A business verb at token j, or after an auxiliary within the clause: German perfects put the participle at its
     * end ("Amazon hat rund vier Milliarden Dollar investiert").
     */
    private boolean businessVerbFollows(int j) {
        Token t = d.wordNear(j, j - 1);
        if (t == null) return false;
        if (BUSINESS_VERBS.contains(t.lower())) return true;
        if (!AUXILIARIES.contains(t.lower())) return false;
        for (int k = j + 1; k < Math.min(d.size(), j + 8); k++) {
            Token w = d.wordNear(k, j);
            if (w == null) return false;
            if (BUSINESS_VERBS.contains(w.lower())) return true;
        }
        return false;
    }

    /**
     * "Alphabet's Google Cloud", "Metas Llama", "Meta's DINOv2": a possessive name right before a known name or a
     * product code (a capital, letters and digits) is its owner, a company.
     */
    private boolean ownsNextMention(LexiconMentionFinder.Match m) {
        int j = m.to() + 1;
        if (!d.get(m.to()).possessive() && !m.folded() || j >= d.size() || !d.sameSentence(m.to(), j)) return false;
        // A folded "-s" after an adjective is a plural: "in japanischen Benchmarks GPT-4o".
        if (!d.get(m.to()).possessive() && adjectiveBefore(m.from())) return false;
        Token next = d.get(j);
        return next.word() && next.gap() == Token.Gap.SPACE && (startType[j] != null || productCode(next.text()));
    }

    /** "Amazon's Alexa", "Xiaomis Assistent": the possessive's next word opens a name the lexicon relates to this entry. */
    private boolean ownsRelatedName(LexiconMentionFinder.Match m, LexiconEntry e) {
        int j = m.to() + 1;
        if (!d.get(m.to()).possessive() && !m.folded() || j >= d.size() || !d.sameSentence(m.to(), j) || d.get(j).gap() != Token.Gap.SPACE) return false;
        LexiconMentionFinder.Match owned = pendingAt.get(j);
        if (owned == null) return false;
        Set<String> related = index.related(e.id());
        for (LexiconIndex.Label l : owned.labels()) if (related.contains(l.entry().id())) return true;
        return false;
    }

    private static boolean productCode(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
        boolean digit = false;
        for (int i = 1; i < w.length(); i++) digit |= Character.isDigit(w.charAt(i));
        return digit;
    }

    /** "( –8 % )" right after the name: a share move in a list of companies. */
    private boolean percentFollows(int j) {
        if (j >= d.size() || !d.get(j).is("(") || !d.sameSentence(j, j - 1)) return false;
        for (int k = j + 1; k < Math.min(d.size(), j + 6); k++) {
            if (d.get(k).is("%")) return true;
            if (d.get(k).is(")")) return false;
        }
        return false;
    }

    /** A number with a percent sign or word within the next five tokens of the sentence. */
    private boolean percentSoon(int j) {
        for (int k = j; k < Math.min(d.size(), j + 6); k++) {
            if (!d.sameSentence(k, j - 1)) return false;
            String w = d.lower(k);
            if ((w.equals("%") || w.equals("prozent") || w.equals("percent") || w.equals("per")) && k > j
                    && Character.isDigit(d.get(k - 1).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private boolean inList(LexiconMentionFinder.Match m, EntityType type) {
        if (type == EntityType.ORGANIZATION && suffixedNameFollows(m)) return false;
        int p = m.from() - 1;
        if (p >= 1 && d.sameSentence(p, m.from()) && Cues.CONNECTORS.contains(d.lower(p))) {
            int k = skipParenBack(p - 1);
            if (k >= 0 && d.sameSentence(k, m.from()) && endType[k] == type) return true;
        }
        int j = skipParenForward(m.to() + 1);
        if (j + 1 < d.size() && d.sameSentence(j, m.to()) && Cues.CONNECTORS.contains(d.lower(j))) {
            int k = j + 1;
            if (d.sameSentence(k, m.to()) && startType[k] == type) return true;
        }
        return false;
    }

    /**
     * "S2G Ventures and Heartland Seed Partners": the word is the first of a longer name that a company suffix closes after
     * another name word, another house than the lexicon's.
     */
    private boolean suffixedNameFollows(LexiconMentionFinder.Match m) {
        for (int k = m.to() + 1; k <= m.to() + 3 && k < d.size() && d.sameSentence(k, m.to()); k++) {
            Token t = d.get(k);
            if (!t.word() || t.gap() != Token.Gap.SPACE || !t.capitalised()) return false;
            if (k >= m.to() + 2 && Cues.is(t, Cues.F_ORG_SUFFIX)) return true;
        }
        return false;
    }

    private int skipParenBack(int k) {
        if (k >= 0 && d.get(k).is(")")) {
            while (k >= 0 && !d.get(k).is("(")) k--;
            return k - 1;
        }
        return k;
    }

    private int skipParenForward(int j) {
        if (j < d.size() && d.get(j).is("(")) {
            while (j < d.size() && !d.get(j).is(")")) j++;
            return j + 1;
        }
        return j;
    }
}
