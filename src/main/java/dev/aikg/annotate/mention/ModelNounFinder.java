package dev.aikg.annotate.mention;

import dev.aikg.annotate.text.Token;
import dev.aikg.model.EntityType;
import dev.aikg.model.Method;
import dev.aikg.model.Mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AI models without a version that the lexicon lacks, named through the noun the text gives them:
 * an apposition ("Jais, an Arabic-English language model", "Sonar, the new search model from
 * Perplexity", "Kestrel, ein offenes Sprachmodell"); a name between a determiner and the noun ("the
 * HyperCLOVA X model", "its Hailuo video-generation model"); an assistant or chatbot noun before the
 * name ("the assistant Verrane Juris", "seinen Assistenten Yuanbao"). The noun must head its phrase:
 * "a model city" or "das Abo-Modell" name no model.
 */
public final class ModelNounFinder implements MentionFinder {
    static final double CONFIDENCE = 0.65;

    /** Head nouns of a model's description, English and German. */
    private static final Set<String> MODEL_HEADS = Cues.hashed("model", "modell", "sprachmodell", "ki-modell", "llm",
            "chatbot", "assistant", "assistent", "ki-assistent", "sprach-ki", "models", "modelle", "sprachmodelle", "agent", "bot",
            "backbone");
    /** Heads that name a family of models rather than one: after an owner's possessive a plain name suffices ("its Orb models"). */
    private static final Set<String> PLURAL_HEADS = Cues.hashed("models", "modelle", "sprachmodelle");
    /** Possessives before "NAME models" that say whose family it is. */
    private static final Set<String> OWNER_POSSESSIVES = Cues.hashed("its", "their", "whose", "sein", "seine", "seinen", "ihr",
            "ihre", "ihren", "deren", "dessen");
    /** Nouns before a name that make it an assistant or chatbot: "the assistant X", "den Chatbot X", "its agent X". */
    // "des KI-Lernbegleiters „Nova Mentor“": a learning companion is a tutor.
    private static final Set<String> ASSISTANT_NOUNS = Cues.hashed("assistant", "assistent", "assistenten", "chatbot",
            "chatbots", "ki-assistent", "ki-assistenten", "ki-chatbot", "agent", "agenten", "tutor", "tutors", "lernbegleiter",
            "lernbegleiters");
    /** Endings of German compounds that name an assistant: "Prüfagent", "Lernassistenten", "Mathetutor". */
    private static final String[] ASSISTANT_ENDINGS = {"assistent", "assistenten", "agent", "agenten", "tutor", "chatbot"};
    /** Opening quotation marks between a noun and the name it introduces: "Mathe-Tutor „Tafelwerk Tutor“". */
    private static final Set<String> OPENING_QUOTES = Set.of("„", "\u201c", "\"", "«", "»", "‚");
    private static final Set<String> APPOSITION_ARTICLES = Cues.hashed("a", "an", "the", "its", "ein", "eine", "einem",
            "einen", "das", "dem", "den", "der", "sein", "seinem", "ihr", "ihrem");
    /** Determiners before "NAME model": a name owned or picked out, not an adjective ("the Chinese model"). */
    private static final Set<String> NAME_DETERMINERS = Cues.hashed("the", "its", "their", "his", "her", "whose", "das", "dem",
            "den", "sein", "seinem", "seinen", "seine", "ihr", "ihrem", "ihren", "ihre", "deren", "dessen");
    /** Words that may follow the head noun: the phrase ends there, the noun is no modifier ("a model city"). */
    private static final Set<String> HEAD_FOLLOWERS = Cues.hashed("that", "which", "from", "by", "for", "of", "with",
            "built", "developed", "trained", "released", "launched", "made", "designed", "aimed", "and", "has", "is", "was", "to", "in",
            "von", "aus", "für", "mit", "das", "der", "die", "den", "dem", "des", "und", "hat", "ist", "war");
    /** Capitalised words that describe models and are no names ("the Chinese model", "the Base model"). */
    private static final Set<String> NOT_MODEL_NAMES = Cues.hashed("base", "foundation", "frontier", "open", "open-source",
            "reasoning", "language", "vision", "video", "image", "new", "neue", "neues", "large", "small", "ai", "ki",
            // "ein Modell mit 24 Milliarden Parametern": a model's size, not its name.
            "parameter", "parametern", "parameters", "milliarden", "billion", "trillion");

    private static final Set<String> RELATIVE_DE = Set.of("das", "der", "welches");

    private static final Set<String> TIER_WORDS = Cues.hashed("pro", "max", "ultra", "plus", "mini", "lite");

    /** Words after a plural model noun that open a list of its members: "models such as X and Y", "Sprachmodelle wie X". */
    private static final Set<String> LIST_OPENERS = Cues.hashed("like", "including", "wie", "darunter", "namens");
    private static final Set<String> LIST_SEPARATORS = Cues.hashed(",", "and", "or", "und", "oder", "sowie");

    /**
     * "eigene Sprachmodelle wie Topaz BankingSLM und Topaz ITOpsSLM", "language models such as Lyra and Kestrel-2": the
     * names listed after a plural model noun are models. Names found before (companies' possessives, known models) are
     * passed over; the list ends at the first word that is neither a name nor a separator.
     */
    private static void listedAfterPluralHead(DocumentTokens d, boolean[] covered, List<Mention> out) {
        for (int k = 0; k + 2 < d.size(); k++) {
            if (!PLURAL_HEADS.contains(d.lower(k)) && !(d.lower(k).endsWith("modelle") && d.get(k).gap() != Token.Gap.HYPHEN)) continue;
            int p = k + 1;
            if (d.lower(p).equals("such") && d.lower(p + 1).equals("as")) p++;
            else if (!LIST_OPENERS.contains(d.lower(p))) continue;
            p++;
            for (int items = 0; p < d.size() && d.sameSentence(k, p) && items < 6; items++) {
                Token t = d.get(p);
                if (covered[p]) {
                    // "models such as Microsoft's MatterGen": a known name before, or a known model in the list.
                    while (p + 1 < d.size() && covered[p + 1] && d.sameSentence(p, p + 1)) p++;
                    if (!d.get(p).possessive()) {
                        p++;
                        if (p < d.size() && LIST_SEPARATORS.contains(d.lower(p))) { p++; continue; }
                        break;
                    }
                    p++;
                    continue;
                }
                if (!t.word() || !Cues.nameLike(t) || t.gap() != Token.Gap.SPACE) break;
                if (t.possessive()) {
                    // "or Meta's UMA": the owner's name before its model, whether or not a finder has taken it.
                    p++;
                    continue;
                }
                if (!candidate(t)) break;
                int coded = versionEnd(d, hyphenPartsEnd(d, p, covered), covered);
                int end = Math.max(nameEnd(d, p, covered), coded);
                // German capitalises every noun ("Modelle wie Sprachassistenten"): there the item must look like a product code.
                boolean codeShaped = coded > p || codeLike(t) || end > p && codeLike(d.get(end));
                if ("de".equals(d.doc().document().lang()) && !codeShaped) break;
                out.add(d.mention(p, end, EntityType.AI_MODEL, null, Method.CUE, "cue:model-list", CONFIDENCE));
                for (int j = p; j <= end; j++) covered[j] = true;
                p = end + 1;
                if (p < d.size() && LIST_SEPARATORS.contains(d.lower(p)) && d.sameSentence(k, p)) p++;
                else break;
            }
        }
    }

    @Override
    public void find(DocumentTokens d, List<Mention> found, List<Mention> out) {
        boolean[] covered = Covered.of(d, found);
        listedAfterPluralHead(d, covered, out);
        boolean[] model = null;
        for (int i = 0; i < d.size(); i++) {
            Token t = d.get(i);
            int aiNamed = covered[i] ? -1 : aiPrefixedName(d, i, covered);
            if (aiNamed > i) {
                out.add(d.mention(i, aiNamed, EntityType.AI_MODEL, null, Method.CUE, "cue:model-noun", CONFIDENCE));
                for (int k = i; k <= aiNamed; k++) covered[k] = true;
                i = aiNamed;
                continue;
            }
            if (!t.word() || !Cues.nameLike(t)) continue;
            // "the A18 Pro in its Pro models": a device's tier opens no model's name (it may end one: "Tallis Pro").
            // "Tesla's Model Y": one letter opens no model's name either (it may end one: "Lumora X").
            if (TIER_WORDS.contains(t.lower()) || t.length() == 1) continue;
            // "Lapa LLM, an open model released by …": a name word before "LLM" is part of the model's name.
            if (t.is("LLM") && i > 0 && !covered[i] && !covered[i - 1] && d.sameSentence(i - 1, i) && t.gap() == Token.Gap.SPACE
                    && d.get(i - 1).word() && d.get(i - 1).capitalised() && candidate(d.get(i - 1)) && apposition(d, i)) {
                out.add(d.mention(i - 1, i, EntityType.AI_MODEL, null, Method.CUE, "cue:model-noun", CONFIDENCE));
                covered[i - 1] = covered[i] = true;
                continue;
            }
            if (covered[i]) {
                // "seinen KI-Assistenten Zalando Assistant": the company's name and a product word after an assistant noun.
                int end = companyProductAfterAssistant(d, i, covered);
                // "Flexport Intelligence, an AI assistant launched in February": a company's name and a product word that
                // an apposition calls an AI assistant.
                if (end < 0 && (i == 0 || !covered[i - 1])) end = aiAppositionTail(d, i, covered);
                // "Schwab Knowledge Assistant", "Allianz Claims Copilot": a company's name, a word and a product word.
                if (end < 0) end = productWordAfterCompany(d, i, covered);
                if (end > i) {
                    out.add(d.mention(i, end, EntityType.AI_MODEL, null, Method.CUE, "cue:model-noun", CONFIDENCE));
                    for (int k = i; k <= end; k++) covered[k] = true;
                    i = end;
                }
                continue;
            }
            if (!candidate(t)) {
                // "den digitalen Assistenten Ava", "einen KI-Agenten namens Tessa": a lone first name after an assistant
                // noun or a naming word is the assistant's name (with a surname after it, it is a person's).
                // "Ava, a generative AI assistant in the app": an apposition that calls it an AI assistant.
                if (Cues.is(t, Cues.F_GIVEN) && (assistantBefore(d, i) || namedAfterModelNoun(d, i) || aiApposition(d, i))
                        && !surnameAfter(d, i)) {
                    int end = quotedEnd(d, i, aiSuffixEnd(d, i, i, covered), covered);
                    out.add(d.mention(i, end, EntityType.AI_MODEL, null, Method.CUE, "cue:model-noun", CONFIDENCE));
                    for (int k = i; k <= end; k++) covered[k] = true;
                    i = end;
                }
                continue;
            }
            int end = nameEnd(d, i, covered);
            // "Harborly Intelligence, an AI assistant": the apposition makes a company-like second word part of the name.
            if (end == i) end = Math.max(end, aiAppositionTail(d, i, covered));
            if (model == null) model = Covered.of(d, found, EntityType.AI_MODEL);
            int coded = versionEnd(d, hyphenPartsEnd(d, i, covered), covered);
            if (builtOnModel(d, i, Math.max(end, coded), model)) {
                // "Luan-VLA basiert auf Qwen2.5-VL", "Cartwheel Scout is built on Claude Sonnet 4": made from a known model.
                end = Math.max(end, coded);
            } else if (ownedModelNounBefore(d, i) || namedAfterModelNoun(d, i)) {
                // "einem Chat-Assistenten namens Pagora Mia": a second capitalised word belongs to the name, a first name too;
                // so does a version number after a two-word name ("das hauseigene Sprachmodell Lumeran Forge 3").
                end = Math.max(Math.max(end, coded), givenNameAfter(d, i, covered));
                end = versionEnd(d, end, covered);
            } else if (ownedModelNounApposition(d, i)) {
                // "Its model, Cordance-Evo, is …": the name's hyphenated parts belong to it.
                if (d.get(i + 1 < d.size() ? i + 1 : i).gap() == Token.Gap.HYPHEN) end = hyphenPartsEnd(d, i, covered);
                // "Torvane GD-3": the second word's hyphenated parts too.
                else if (end > i && end + 1 < d.size() && d.get(end + 1).gap() == Token.Gap.HYPHEN) end = hyphenPartsEnd(d, end, covered);
                // "Its model, Vasara-FM 2, predicts …": a version number closes the name.
                end = versionEnd(d, end, covered);
                // "Its product, Loqui Agent, runs on …": a capitalised assistant or tool noun closes the name.
                if (end == i) end = aiSuffixEnd(d, i, end, covered);
                if (!appositionEnds(d, end)) continue;
            } else if (coded > end && apposition(d, coded)) {
                // "Scope-LM, a language model that …", "Canopy-2, a model that …": the apposition names the whole compound.
                end = coded;
            } else if (end == i && GPT_NAME.matcher(t.text()).matches()) {
                // "PeopleGPT", "BloombergGPT": a name formed on GPT is a model's, whatever surrounds it.
            } else if (!isModel(d, i, end)) {
                continue;
            } else if (end + 2 < d.size() && d.sameSentence(end, end + 2) && d.get(end + 1).gap() == Token.Gap.SPACE
                    && (d.get(end + 1).is("AI") || d.get(end + 1).is("KI")) && MODEL_HEADS.contains(d.lower(end + 2))) {
                // "its Cropwise AI assistant": "AI" right before the head is part of the product's name, and so is a
                // capitalised head ("its GS AI Assistant").
                end = d.get(end + 2).capitalised() ? end + 2 : end + 1;
            }
            if (assistantBefore(d, i) || namedAfterModelNoun(d, i)) end = aiSuffixEnd(d, i, end, covered);
            end = quotedEnd(d, i, end, covered);
            out.add(d.mention(i, end, EntityType.AI_MODEL, null, Method.CUE, "cue:model-noun", CONFIDENCE));
            for (int k = i; k <= end; k++) covered[k] = true;
            i = end;
        }
    }

    /**
     * "its chatbot AI Maya", "AI Jim, the claims bot": an assistant's name made of "AI" and a name word, after an
     * assistant noun or before an apposition that calls it one. Returns the name's last token, or -1.
     */
    private static int aiPrefixedName(DocumentTokens d, int i, boolean[] covered) {
        Token t = d.get(i);
        if (!t.is("AI") && !t.is("KI") || i + 1 >= d.size() || covered[i + 1] || !d.sameSentence(i, i + 1)) return -1;
        Token name = d.get(i + 1);
        if (!name.word() || name.gap() != Token.Gap.SPACE || !name.capitalised() || name.possessive()
                || !Cues.is(name, Cues.F_GIVEN) && !candidate(name)) return -1;
        return assistantBefore(d, i) || apposition(d, i + 1) ? i + 1 : -1;
    }

    /** "Ava, a generative AI assistant": an apposition with a model head and an AI word in it. */
    private static boolean aiApposition(DocumentTokens d, int i) {
        if (!apposition(d, i)) return false;
        for (int k = i + 2; k < Math.min(d.size(), i + 10) && d.sameSentence(i, k) && d.get(k).word(); k++) {
            String l = d.lower(k);
            if (AI_MODIFIERS.contains(l) || l.equals("chatbot") || l.equals("bot")) return true;
        }
        return false;
    }

    /**
     * "den Assistenten CCH Axcess Expert AI", "KI-Agenten namens Zora AI": an assistant's name may run over a few
     * capitalised words to a closing "AI" or "KI"; the end found so far when no such word closes it.
     */
    private static int aiSuffixEnd(DocumentTokens d, int i, int end, boolean[] covered) {
        for (int k = end + 1; k <= i + 4 && k < d.size() && d.sameSentence(i, k); k++) {
            Token w = d.get(k);
            if (!w.word() || covered[k] || w.gap() != Token.Gap.SPACE || !w.capitalised()) return end;
            if (w.is("AI") || w.is("KI")) return k;
            // "an assistant called Premier League Companion": a capitalised assistant or tool noun closes the name.
            if (k == end + 1 && (AI_TOOL_HEADS.contains(w.lower()) || assistantNoun(w))) return k;
        }
        return end;
    }

    private static boolean candidate(Token t) {
        // "Buy for Me, an agent that …": a two-letter word names nothing unless it is a code ("R1", "GS").
        if (t.text().length() <= 2 && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) return false;
        // "the first agent I've tested": a pronoun's contraction names nothing.
        if (t.text().startsWith("I'") || t.text().startsWith("I’")) return false;
        // "the Polish-language model": a people's adjective names a language, not a model.
        return !Cues.is(t, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_ORG_CUE_NOUN | Cues.F_ORG_SUFFIX | Cues.F_DETERMINER)
                && !NOT_MODEL_NAMES.contains(t.lower()) && !OrganisationCues.isGenericAiWord(t.lower()) && !Cues.DEMONYMS.contains(t.lower())
                // "Ihr Proteinmodell KvantFold baut auf AlphaFold 2 auf": the model noun names the kind, the name follows it.
                && !MODEL_HEADS.contains(t.lower()) && !(t.gap() != Token.Gap.HYPHEN && compoundModelNoun(t.lower()));
    }

    /** One name word, or two when the second is capitalised or code-like ("HyperCLOVA X", "Verrane Juris"). */
    private static int nameEnd(DocumentTokens d, int i, boolean[] covered) {
        int k = i + 1;
        if (k < d.size() && !covered[k] && d.sameSentence(i, k) && d.get(k).gap() == Token.Gap.SPACE && d.get(k).word()
                && Character.isUpperCase(d.get(k).text().charAt(0)) && candidate(d.get(k)) && !MODEL_HEADS.contains(d.lower(k))
                && !germanNoun(d, k)) {
            return k;
        }
        return i;
    }

    private static final String[] GERMAN_NOUN_ENDINGS = {"innen", "ungen", "ung", "heit", "heiten", "keit", "keiten", "schaft",
            "schaften", "tion", "tionen"};

    /** "mit dem KI-Tutor Knobi Schülerinnen … führen": German capitalises its nouns, and these endings make no name. */
    static boolean germanNoun(DocumentTokens d, int k) {
        if (!"de".equals(d.doc().document().lang())) return false;
        String l = d.lower(k);
        for (String e : GERMAN_NOUN_ENDINGS) if (l.length() > e.length() + 2 && l.endsWith(e)) return true;
        return false;
    }

    private static boolean isModel(DocumentTokens d, int from, int to) {
        return assistantBefore(d, from) || determinedBeforeHead(d, from, to) || apposition(d, to);
    }

    /** Possessive determiners before a model noun that a name follows: "Ihr Modell Werkbank-Coder", "its model Lyra". */
    private static final Set<String> OWNERS = Cues.hashed("ihr", "sein", "its", "their", "unser", "our", "dessen", "deren", "whose");
    /** Adjectives between an owner and its model noun: "sein eigenes Sprachmodell", "its new model". */
    private static final Set<String> OWN_ADJECTIVES = Cues.hashed("own", "new", "latest", "first", "newest", "eigenes", "eigene",
            "eigenen", "neues", "neue", "neuen", "jüngstes", "erstes", "hauseigene", "hauseigenes", "hauseigenen");

    /**
     * "Ihr Strukturmodell RM-Fold basiert auf …", "Sein Modell Kestrel-2", "its model Lyra": a model noun owned by the
     * company named before, then the name. The owner makes the noun a thing the company built, not a business model.
     */
    private static boolean ownedModelNounBefore(DocumentTokens d, int from) {
        // "Saalwerks Prognosemodell „Auftakt“": the name in quotes after the owned noun.
        if (openingQuoteBefore(d, from)) return ownedModelNounBefore(d, from - 1);
        if (from < 2 || !d.sameSentence(from - 2, from) || d.get(from).gap() != Token.Gap.SPACE) return false;
        Token noun = d.get(from - 1);
        String l = noun.lower();
        // "dem Vision-Modell DINOv2": a hyphen compound is a compound model noun; its first part stands one token earlier.
        boolean hyphened = noun.gap() == Token.Gap.HYPHEN && (l.equals("modell") || l.equals("model")) && from >= 3
                && d.get(from - 2).word() && d.sameSentence(from - 3, from);
        boolean compound = compoundModelNoun(l) || hyphened;
        boolean modelNoun = l.equals("modell") || l.equals("model") || compound;
        if (!modelNoun || noun.gap() != Token.Gap.SPACE && !hyphened) return false;
        int k = hyphened ? from - 1 : from; // the token after the whole noun's first part
        // "Metas Modell DINOv2", "Meta's model Lyra": a company's genitive owns it like a possessive.
        Token ownerWord = d.get(k - 2);
        boolean namedOwner = ownerWord.word() && Character.isUpperCase(ownerWord.text().charAt(0)) && (ownerWord.possessive()
                || "de".equals(d.doc().document().lang()) && ownerWord.length() > 3 && ownerWord.lower().endsWith("s")
                && !Cues.is(ownerWord, Cues.F_NOT_NAME | Cues.F_DETERMINER));
        // "das Basismodell CARE": a compound names the kind of AI model, so an article owns it as well as a possessive.
        boolean owner = namedOwner || OWNERS.contains(d.lower(k - 2)) || compound && ARTICLES.contains(d.lower(k - 2))
                // "sein eigenes Sprachmodell Project Indus", "its own model Lyra": an adjective of ownership or novelty between.
                || k >= 3 && d.sameSentence(k - 3, from) && OWN_ADJECTIVES.contains(d.lower(k - 2))
                && (OWNERS.contains(d.lower(k - 3)) || compound && ARTICLES.contains(d.lower(k - 3))
                // "Das hauseigene Modell „Regalwerk Forecast“": an adjective of ownership makes the article's model the company's.
                || OWNERSHIP_ADJECTIVES.contains(d.lower(k - 2)) && ARTICLES.contains(d.lower(k - 3)));
        // "Das von Foxconn entwickelte Sprachmodell FoxBrain", "Das daraus entstandene Modell KW-Kathode": a name that
        // looks like a product code after the noun, with an article a few words before it.
        boolean coded = codeLike(d.get(from)) && articleWithin(d, k - 2, 4);
        // "the video-editing model Aleph", "das neue Modell Blickwerk": a lower-case modifier between an article and the noun.
        Token mod = d.get(k - 2);
        // The modifier says what the model does ("video-editing", "reasoning", "generative"); "das neue Modell Golf" is a car.
        boolean described = mod.word() && Character.isLowerCase(mod.text().charAt(0)) && !ARTICLES.contains(mod.lower())
                && (mod.gap() == Token.Gap.HYPHEN || mod.lower().endsWith("ing") || AI_MODIFIERS.contains(mod.lower()))
                && articleWithin(d, k - 3, 3);
        return owner || coded || described;
    }

    private static final Set<String> ARTICLES = Cues.hashed("das", "dem", "den", "des", "the");
    private static final Set<String> OWNERSHIP_ADJECTIVES = Cues.hashed("own", "eigenes", "eigene", "eigenen", "hauseigene", "hauseigenes",
            "hauseigenen", "proprietary");
    /** An owner named after the model noun: "das Modell des Unternehmens", "the model of the start-up". */
    private static final Pattern OWNER_GENITIVE = Pattern.compile("(?iu)\\s+(des (unternehmens|start-ups?|startups?|konzerns)|"
            + "der firma|of the (company|start-up|startup|firm))\\s*");

    /** A definite article or an owner among the {@code n} tokens ending at k, in the sentence of k. */
    private static boolean articleWithin(DocumentTokens d, int k, int n) {
        for (int j = k; j >= 0 && j > k - n && d.sameSentence(j, k); j--) {
            String l = d.lower(j);
            if (ARTICLES.contains(l) || OWNERS.contains(l)) return true;
            if (d.get(j).is(",") || d.get(j).is(".")) return false;
        }
        return false;
    }
    /** First parts of "-modell" compounds that name no AI model: ways of doing business, cars, phones. */
    private static final List<String> NOT_AI_MODEL_PARTS = List.of("geschäft", "abo", "preis", "auto", "handy", "smartphone",
            "erfolg", "spitzen", "top", "einstieg", "vorbild", "finanzierung", "betrieb", "arbeit", "lizenz", "bezahl", "erlös",
            "klima", "wachstum", "zins", "fahrzeug", "elektro", "serien", "kompakt", "luxus", "sport", "ober", "mittel",
            "vorgänger", "nachfolge", "flaggschiff", "basis-auto", "tarif", "miet", "steuer", "renten",
            // "das Profimodell EOS R1", "das Kameramodell Z6III": cameras and devices.
            "profi", "kamera", "geräte", "telefon", "tablet", "fernseh", "tv-", "laptop", "konsolen");

    /** "Sprachmodell", "Basismodell", "Prüfmodell", "Erkennungsmodell": a compound ending in "modell" that may name an AI model. */
    private static boolean compoundModelNoun(String l) {
        if (l.equals("sprachmodell")) return true;
        if (l.length() <= 7 || !l.endsWith("modell")) return false;
        for (String p : NOT_AI_MODEL_PARTS) if (l.startsWith(p)) return false;
        return true;
    }


    /** "ein Erkennungsmodell namens PedSense", "a model called Lyra": the naming word after a model noun. */
    static boolean namedAfterModelNoun(DocumentTokens d, int from) {
        // "einen Chat-Assistenten namens „Klara“": the name in quotes; the words before the opening quote name it.
        if (openingQuoteBefore(d, from)) return namedAfterModelNoun(d, from - 1);
        if (namedByVerb(d, from)) return true;
        int w = namingStart(d, from);
        if (w < 1 || !d.sameSentence(w - 1, from)) return false;
        if (modelNounAt(d, w - 1, from)) return true;
        // "Its phone agent, called Tilly,": a comma between the noun and the naming word.
        if (w >= 2 && d.get(w - 1).is(",") && d.sameSentence(w - 2, from) && modelNounAt(d, w - 2, from)) return true;
        // "Das Modell von Relique, genannt Relique Sense", "Das Modell der Firma, genannt Sole-1": the model's owner between.
        if (w >= 4 && d.get(w - 1).is(",")) {
            for (int k = w - 3; k >= Math.max(0, w - 6) && d.sameSentence(k, from) && d.get(k).word(); k--) {
                // "Das Sprachmodell des Start-ups, genannt Lyx-1", "Das Bilderkennungsmodell von Aquasight, genannt AquaGuard".
                if (OWNER_LINKS.contains(d.lower(k + 1)) && (d.lower(k).equals("modell") || d.lower(k).equals("model")
                        || compoundModelNoun(d.lower(k)))) return true;
            }
        }
        // "einen KI-Agenten für den Kundenservice namens Nugget": a short phrase after an assistant noun.
        for (int k = w - 2; k >= Math.max(0, w - 5) && d.sameSentence(k, from); k--) {
            if (!d.get(k).word()) return false;
            if (assistantNoun(d.get(k))) return true;
        }
        return false;
    }

    private static final Set<String> NAMING_VERBS = Cues.hashed("heißt", "hieß", "heisst", "hiess");

    /**
     * "Das Modell heißt Solemind", "einen Assistenten …, der Peaje heißt", "The model is called Orca": a naming verb between
     * the model noun (or its relative pronoun) and the name at from.
     */
    private static boolean namedByVerb(DocumentTokens d, int from) {
        if (from >= 2 && d.sameSentence(from - 2, from)) {
            String verb = d.lower(from - 1);
            if (NAMING_VERBS.contains(verb) && modelNounAt(d, from - 2, from)) return true;
            if (Cues.NAMING_WORDS.contains(verb) && from >= 3 && d.sameSentence(from - 3, from)
                    && (d.lower(from - 2).equals("is") || d.lower(from - 2).equals("was")) && modelNounAt(d, from - 3, from)) {
                return true;
            }
        }
        // ", der Peaje heißt": a relative clause on an assistant or model noun a few words before its comma.
        if (from < 2 || from + 1 >= d.size() || !d.sameSentence(from - 2, from + 1) || !NAMING_VERBS.contains(d.lower(from + 1))
                || !d.get(from - 2).is(",") || !Set.of("der", "die", "das").contains(d.lower(from - 1))) {
            return false;
        }
        for (int k = from - 3; k >= Math.max(0, from - 9) && d.sameSentence(k, from); k--) {
            if (d.get(k).is(",") || d.get(k).is(".")) return false;
            if (modelNounAt(d, k, from)) return true;
        }
        return false;
    }

    /** Words between a model noun and its owner: "das Modell von Relique", "das Modell der Firma", "the model of the start-up". */
    private static final Set<String> OWNER_LINKS = Cues.hashed("von", "der", "des", "of");
    private static final Set<String> NAME_NOUNS = Cues.hashed("name", "namen");
    private static final Set<String> NAME_ARTICLES = Cues.hashed("the", "dem");
    private static final Set<String> NAME_PREPOSITIONS = Cues.hashed("with", "under", "mit", "unter");

    /**
     * The first token of the naming phrase right before the name at from: a naming word ("namens", "called") or "with the
     * name", "mit dem Namen", "unter dem Namen"; -1 when none stands there.
     */
    private static int namingStart(DocumentTokens d, int from) {
        if (from < 1 || !d.sameSentence(from - 1, from)) return -1;
        if (Cues.NAMING_WORDS.contains(d.lower(from - 1))) return from - 1;
        if (from >= 3 && NAME_NOUNS.contains(d.lower(from - 1)) && NAME_ARTICLES.contains(d.lower(from - 2))
                && NAME_PREPOSITIONS.contains(d.lower(from - 3)) && d.sameSentence(from - 3, from)) {
            return from - 3;
        }
        return -1;
    }

    /** The noun at k calls the name at from a model, an assistant or an AI tool. */
    private static boolean modelNounAt(DocumentTokens d, int k, int from) {
        String l = d.lower(k);
        return l.equals("model") || l.equals("modell") || MODEL_HEADS.contains(l) || compoundModelNoun(l) || assistantNoun(d.get(k))
                || aiToolHead(d, k)
                // "ein Werkzeug namens MeRA": a tool with a product code's name.
                // "Kumo's tool, called Kumo Layout, is built on Google's Gemini": a tool said to be built on a model.
                || AI_TOOL_HEADS.contains(l) && (codeLike(d.get(from)) || builtOnAfter(d, from));
    }

    /** Verbs of being made from a model besides {@link #BUILT_ON_DE} and {@link #BUILT_ON_EN}: "fine-tuned from", "runs on". */
    private static final Set<String> TUNED_OR_RUN = Cues.hashed("fine-tuned", "runs", "run");
    private static final Set<String> BUILT_PREPOSITIONS = Cues.hashed("on", "auf", "from");

    /**
     * Within the name's sentence, a few words after it: "is built on", "basiert auf", "runs mainly on"; what it runs on is
     * a name ("runs on Anthropic's Claude", not "runs on gas").
     */
    private static boolean builtOnAfter(DocumentTokens d, int from) {
        for (int j = from + 1; j < Math.min(d.size() - 1, from + 10) && d.sameSentence(from, j + 1); j++) {
            String w = d.lower(j);
            if (!BUILT_ON_DE.contains(w) && !BUILT_ON_EN.contains(w) && !TUNED_OR_RUN.contains(w)) continue;
            int prep = BUILT_PREPOSITIONS.contains(d.lower(j + 1)) ? j + 1
                    : j + 2 < d.size() && d.sameSentence(from, j + 2) && BUILT_PREPOSITIONS.contains(d.lower(j + 2)) ? j + 2 : -1;
            if (prep < 0) continue;
            boolean runs = d.lower(j).startsWith("run");
            return !runs || prep + 1 < d.size() && d.sameSentence(from, prep + 1) && d.get(prep + 1).capitalised();
        }
        return false;
    }

    /** Heads that name an AI product only after an AI modifier: "a machine-learning tool called X", "X, an AI tool". */
    private static final Set<String> AI_TOOL_HEADS = Cues.hashed("tool", "feature", "coach", "companion", "werkzeug", "funktion");
    private static final Set<String> AI_MODIFIERS = Cues.hashed("ai", "ki", "machine-learning", "learning", "generative",
            "genai", "ai-powered", "ai-based", "ki-gestützte", "ki-gestütztes", "ki-basierte", "ki-basiertes");

    /** Token k is a tool, feature or coach noun with an AI modifier right before it ("AI tool", "KI-Werkzeug"). */
    private static boolean aiToolHead(DocumentTokens d, int k) {
        if (k < 1 || !AI_TOOL_HEADS.contains(d.lower(k)) || !d.sameSentence(k - 1, k)) return false;
        if (AI_MODIFIERS.contains(d.lower(k - 1))) return true;
        // "an AI study companion", "an AI writing tool": one lower-case noun between the modifier and the head.
        Token between = d.get(k - 1);
        return k >= 2 && d.sameSentence(k - 2, k) && between.word() && between.gap() == Token.Gap.SPACE
                && Character.isLowerCase(between.text().charAt(0)) && d.lower(k - 2).equals("ai");
    }

    /**
     * "Its note model, Corvana Notes, is …", "its core model, Prism, was trained", "the company's design model, X,": an
     * owner (a possessive determiner or a name's genitive), up to two lower-case modifiers and a model noun, then the
     * name as an apposition.
     */
    private static boolean ownedModelNounApposition(DocumentTokens d, int from) {
        if (from < 3 || !d.get(from - 1).is(",") || !d.sameSentence(from - 3, from)) return false;
        // "Das Modell des Unternehmens, Sokkel-FM, erkennt …", "the model of the start-up, X,": the owner after the noun.
        for (int noun = from - 3; noun >= Math.max(0, from - 7) && d.sameSentence(noun, from); noun--) {
            String n = d.lower(noun);
            if (!n.equals("model") && !n.equals("modell") && !compoundModelNoun(n)) continue;
            String owner = d.doc().text().substring(d.get(noun).end(), d.get(from - 1).start());
            if (OWNER_GENITIVE.matcher(owner).matches()) return true;
            break;
        }
        String noun = d.lower(from - 2);
        // "Its shopping agent, Cartwheel Scout,", "Its agent, Tess-1,": an owned assistant is a model too.
        // "Corvid's system, Corvid Sentinel,": so is an owned system.
        // "Its customer-service product, Loqui Agent, runs mainly on Anthropic's Claude": an owned product built on a model.
        boolean system = noun.equals("system") || (noun.equals("product") || noun.equals("produkt")) && builtOnAfter(d, from);
        if (!system && !noun.equals("model") && !noun.equals("modell") && !compoundModelNoun(noun) && !assistantNoun(d.get(from - 2))) return false;
        for (int k = from - 3, mods = 0; k >= 0 && mods <= 2 && d.sameSentence(k, from); k--, mods++) {
            Token w = d.get(k);
            // "The company's generative design model, Torvane GD-3,", "Halden's inspection model, Halden Scan,".
            if (OWNERS.contains(w.lower()) || w.word() && w.possessive()) return true;
            // "a smaller pricing model, Lineup Price-1, that …": an article's model, named like a product code.
            // "a similar assistant, Threadline Quote, which is built on Claude": or one said to be built on a model.
            if (!system && INDEFINITE_EN.contains(w.lower())) return codedName(d, from) || builtOnAfter(d, from);
            if (!w.word() || !Character.isLowerCase(w.text().charAt(0))) return false;
        }
        return false;
    }

    private static final Set<String> INDEFINITE_EN = Cues.hashed("a", "an");

    /** A product code among the name's first three tokens, before any comma ("Lineup Price-1", "Tess-2"). */
    private static boolean codedName(DocumentTokens d, int from) {
        for (int k = from; k <= from + 3 && k < d.size() && d.sameSentence(from, k) && !d.get(k).is(","); k++) {
            Token t = d.get(k);
            if (t.word() && codeLike(t) || t.gap() == Token.Gap.HYPHEN && Character.isDigit(t.text().charAt(0))) return true;
        }
        return false;
    }

    /** The apposition's name ends with a comma, a full stop or the sentence. */
    private static boolean appositionEnds(DocumentTokens d, int end) {
        return end + 1 >= d.size() || !d.sameSentence(end, end + 1) || d.get(end + 1).is(",") || d.get(end + 1).is(".");
    }

    /** A capitalised word with GPT glued to its end: "PeopleGPT", "FinGPT". */
    private static final Pattern GPT_NAME = Pattern.compile("[A-Z][a-z]{2,}[A-Za-z]*GPT");
    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?");
    /** Lower-case words after a version number that leave it the name's: verbs, "and", and prepositions ("Dalbit-LM 2 nach …"). */
    private static final Set<String> AFTER_VERSION = Cues.hashed("haben", "hat", "ist", "wird", "was", "is", "has", "and", "und",
            "nach", "auf", "mit", "von", "für", "on", "with", "from", "for", "in", "im", "at", "to", "can", "kann", "soll", "will",
            "wurde", "were", "are", "sind", "basiert", "beruht", "runs", "läuft");

    /** A small version number after the name belongs to it: "BVS-Inspect 2" (not "Lyra 2025", not "Lyra 3 Prozent"). */
    private static int versionEnd(DocumentTokens d, int end, boolean[] covered) {
        int k = end + 1;
        if (k >= d.size() || covered[k] || !d.sameSentence(end, k) || d.get(k).gap() != Token.Gap.SPACE) return end;
        String v = d.get(k).text();
        // Most words after a name are no number: the first character settles it before the pattern is tried.
        if (!Character.isDigit(v.charAt(0)) || !VERSION_NUMBER.matcher(v).matches()) return end;
        Token after = k + 1 < d.size() && d.sameSentence(k, k + 1) ? d.get(k + 1) : null;
        if (after != null && after.word() && after.gap() == Token.Gap.SPACE && !Character.isUpperCase(after.text().charAt(0))
                && !AFTER_VERSION.contains(after.lower()) && !germanVerbOrParticle(d, after)) return end;
        if (after != null && after.word() && Character.isUpperCase(after.text().charAt(0)) && Cues.is(after, Cues.F_NOT_NAME)
                && !Set.of("haben", "hat", "ist").contains(after.lower())) return end;
        return k;
    }

    /**
     * "sein Modell Quell-LM 2 vorgestellt", "Voxana Flow 2 als Basis": in German a noun after the number would be capitalised,
     * so a lower-case word there that is no inflected adjective ("2 neue Funktionen") leaves the number the name's.
     */
    private static boolean germanVerbOrParticle(DocumentTokens d, Token after) {
        if (!"de".equals(d.doc().document().lang())) return false;
        String l = after.lower();
        return l.length() >= 2 && !l.endsWith("e") && !l.endsWith("en") && !l.endsWith("er") && !l.endsWith("es") && !l.endsWith("em");
    }

    /** The name's last token over hyphen-joined parts: "Werkbank-Coder", "RM-Fold", "Kestrel-2". */
    private static int hyphenPartsEnd(DocumentTokens d, int from, boolean[] covered) {
        int k = from;
        while (k + 1 < d.size() && !covered[k + 1] && d.get(k + 1).gap() == Token.Gap.HYPHEN && d.get(k + 1).word()
                && d.sameSentence(from, k + 1) && k - from < 3) k++;
        return k;
    }

    private static final Set<String> CLOSING_QUOTES = Set.of("“", "\u201d", "\"", "«", "»", "‘", "’");

    /**
     * "einen Chatbot namens „Frag die Kleine“": a name in quotes runs to the closing quote (at most five words, none
     * another finder took); the end found so far when it does not.
     */
    private static int quotedEnd(DocumentTokens d, int i, int end, boolean[] covered) {
        if (!openingQuoteBefore(d, i)) return end;
        for (int k = end + 1; k <= i + 5 && k < d.size() && d.sameSentence(i, k); k++) {
            Token t = d.get(k);
            if (CLOSING_QUOTES.contains(t.text())) return t.gap() == Token.Gap.NONE ? k - 1 : end;
            if (covered[k] || !t.word()) return end;
        }
        return end;
    }

    /** An opening quote glued to the name at from, in its sentence. */
    private static boolean openingQuoteBefore(DocumentTokens d, int from) {
        return from >= 1 && d.sameSentence(from - 1, from) && OPENING_QUOTES.contains(d.get(from - 1).text())
                && d.get(from).gap() != Token.Gap.SPACE;
    }

    /** "the assistant Verrane Juris", "den Assistenten Yuanbao", "Prüfagent Finvoya Sentinel", "Tutor „Tafelwerk Tutor“". */
    private static boolean assistantBefore(DocumentTokens d, int from) {
        int k = from - 1;
        if (k > 0 && OPENING_QUOTES.contains(d.get(k).text())) k--;
        else if (d.get(from).gap() != Token.Gap.SPACE) return false;
        if (k < 0 || !d.sameSentence(k, from) || !assistantNoun(d.get(k)) && !aiSystem(d, k)) return false;
        // "Agent Pay", "Tutor Mode": the bare English nouns with a capital open a product's name, in German text too.
        if (d.get(k).gap() != Token.Gap.HYPHEN && Set.of("Agent", "Tutor", "Assistant", "Chatbot").contains(d.get(k).text())) return false;
        // "wenn ein Assistent Befunde falsch zusammenfasst": after an indefinite article the German noun is the object, no
        // name ("ein Assistent namens X" names one).
        // "mit einem KI-Coach Nutzerinnen beraten": the article stands before "KI".
        int opening = aiSystem(d, k) ? k - 1 : k;
        if ("de".equals(d.doc().document().lang()) && opening > 0 && d.sameSentence(opening - 1, k)
                && Cues.INDEFINITE_DE.contains(d.lower(opening - 1))) return false;
        // English capitalises the noun only inside a name: "Mastercard Agent Pay" is no agent called Pay.
        return !("en".equals(d.doc().document().lang()) && Character.isUpperCase(d.get(k).text().charAt(0))
                && k > 0 && d.sameSentence(k - 1, k) && !d.get(k - 1).is(".") && !d.get(k - 1).is(":"));
    }

    /** Nouns of an AI product glued to "KI" or after "AI": "KI-System Philyra", "KI-Coach Cora", "KI-Moderatorin Emi". */
    private static final Set<String> AI_PRODUCT_NOUNS = Cues.hashed("system", "systems", "coach", "moderator", "moderatorin",
            "avatar", "sprecherin", "sprecher", "host", "presenter", "dj");

    /** "mit dem KI-System Philyra", "the AI system Aria", "den KI-Coach Cora": a product noun glued to "KI" or after "AI". */
    private static boolean aiSystem(DocumentTokens d, int k) {
        if (k < 1 || !d.sameSentence(k - 1, k) || !AI_PRODUCT_NOUNS.contains(d.lower(k))) return false;
        String before = d.lower(k - 1);
        return before.equals("ki") && d.get(k).gap() == Token.Gap.HYPHEN || before.equals("ai") && d.get(k - 1).text().equals("AI");
    }

    /** An assistant, agent or tutor noun, alone or as the head of a German compound ("Prüfagent", "Chat-Assistenten"). */
    static boolean assistantNoun(Token t) {
        String l = t.lower();
        if (ASSISTANT_NOUNS.contains(l)) return true;
        if (!Character.isUpperCase(t.text().charAt(0))) return false;
        // "dessen Abbiegeassistent Fußgänger … erkennt": a vehicle's driving aid names no AI assistant after it.
        for (String aid : DRIVING_AIDS) if (l.startsWith(aid)) return false;
        for (String e : ASSISTANT_ENDINGS) if (l.length() >= e.length() + 3 && l.endsWith(e)) return true;
        return false;
    }

    /** First parts of German compounds that make "-assistent" a vehicle's driving aid. */
    private static final String[] DRIVING_AIDS = {"abbiege", "spurhalte", "spurwechsel", "park", "einpark", "brems", "notbrems",
        "stau", "totwinkel", "fahr", "licht", "fernlicht", "berganfahr", "ausstiegs", "tempo", "abstands"};

    /**
     * "seinen KI-Assistenten Zalando Assistant": after an assistant noun, a one-word name an earlier finder took (the
     * company) and a capitalised word no finder took name the company's assistant. Returns its last token, or -1.
     */
    private static int companyProductAfterAssistant(DocumentTokens d, int i, boolean[] covered) {
        if (i + 1 >= d.size() || covered[i + 1] || i > 0 && covered[i - 1]) return -1;
        // "Procore's assistant, Procore Copilot, answers": the owned noun's apposition, closed by its comma.
        boolean apposition = ownedModelNounApposition(d, i) && appositionEnds(d, i + 1);
        Token next = d.get(i + 1);
        if (!apposition && !assistantBefore(d, i)) return -1;
        if (!d.sameSentence(i, i + 1) || !next.word() || next.gap() != Token.Gap.SPACE || !Character.isUpperCase(next.text().charAt(0))
                || !candidate(next) || !Cues.nameLike(next)) {
            return -1;
        }
        return i + 1;
    }

    /** Capitalised words that end the name of a company's assistant: "Schwab Knowledge Assistant", "Claims Copilot". */
    private static final Set<String> PRODUCT_WORDS = Set.of("Assistant", "Copilot");

    /**
     * The product word's token after the company's name at i, right after it ("The company's core product, Glean
     * Assistant, …") or after one or two capitalised words ("Schwab Knowledge Assistant", "Allianz Claims Copilot"), or -1.
     * The words between must be no names found before, no first names and no titles. Only the English product words:
     * German "Googles Assistent" is Google's assistant, no name.
     */
    private static int productWordAfterCompany(DocumentTokens d, int i, boolean[] covered) {
        if (d.get(i).possessive()) return -1;
        // Right after the name only for a one-word name: "AI @ Morgan Stanley Assistant" is no "Stanley Assistant".
        boolean oneWord = i == 0 || !covered[i - 1];
        for (int k = i + 1; k < d.size() && k <= i + 3 && d.sameSentence(i, k); k++) {
            Token w = d.get(k);
            if (covered[k] || !w.word() || w.gap() != Token.Gap.SPACE || !Character.isUpperCase(w.text().charAt(0))) return -1;
            if (PRODUCT_WORDS.contains(w.text())) {
                return !w.possessive() && (k > i + 1 || oneWord && w.text().equals("Assistant")) ? k : -1;
            }
            if (Cues.is(w, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER) || w.possessive()) return -1;
        }
        return -1;
    }

    /**
     * Token i + 1 when it is a capitalised name word (a company suffix such as "Intelligence" included) closed by an
     * apposition that calls the two words an AI assistant or model ("…, its generative AI assistant"), else -1.
     */
    private static int aiAppositionTail(DocumentTokens d, int i, boolean[] covered) {
        int k = i + 1;
        if (k >= d.size() || covered[k] || !d.sameSentence(i, k)) return -1;
        Token next = d.get(k);
        if (!next.word() || next.gap() != Token.Gap.SPACE || !next.capitalised() || next.possessive() || !Cues.nameLike(next)
                || Cues.is(next, Cues.F_GIVEN | Cues.F_ROLE | Cues.F_DETERMINER)) return -1;
        return aiApposition(d, k) ? k : -1;
    }

    /** Token i + 1 when it is a first name right after the name word at i ("Pagora Mia"), else i. */
    private static int givenNameAfter(DocumentTokens d, int i, boolean[] covered) {
        Token next = d.wordNear(i + 1, i);
        return next != null && !covered[i + 1] && next.gap() == Token.Gap.SPACE && next.capitalised() && Cues.is(next, Cues.F_GIVEN)
                && !Cues.is(next, Cues.F_NOT_NAME) ? i + 1 : i;
    }

    /** A capitalised word right after token i, as a surname would follow a first name. */
    private static boolean surnameAfter(DocumentTokens d, int i) {
        Token next = d.wordNear(i + 1, i);
        return next != null && next.gap() != Token.Gap.NONE && Character.isUpperCase(next.text().charAt(0));
    }

    /** Verbs that say a product is built from a model: "X basiert auf Y", "X beruht auf Y". */
    private static final Set<String> BUILT_ON_DE = Cues.hashed("basiert", "beruht", "baut", "fußt");
    private static final Set<String> BUILT_ON_EN = Cues.hashed("built", "based");

    /**
     * "Luan-VLA basiert auf Qwen2.5-VL", "Cartwheel Scout is built on Anthropic's Claude Sonnet 4", "Tess-1 is a fine-tuned
     * version of Qwen3": the name from..to starts its clause and is said to be made from a model an earlier finder named,
     * within six words of the preposition. Companies are said to build on models too ("Pagora setzt auf Llama"), but not
     * with these verbs, and a company the lexicon knows is no candidate.
     */
    private static boolean builtOnModel(DocumentTokens d, int from, int to, boolean[] model) {
        if (from > 0 && d.sameSentence(from - 1, from)) {
            Token before = d.get(from - 1);
            if (before.word() && Character.isUpperCase(before.text().charAt(0)) && Cues.nameLike(before)
                    && !Cues.is(before, Cues.F_DETERMINER) && !assistantNoun(before) && !MODEL_HEADS.contains(before.lower())) return false;
            // "Die Funktion basiert auf Googles Modell": one German noun after an article is no name unless it looks like a code.
            if (from == to && "de".equals(d.doc().document().lang()) && Cues.is(before, Cues.F_DETERMINER) && !codeLike(d.get(from))) {
                return false;
            }
        }
        int k = to + 1;
        if (k >= d.size() || !d.sameSentence(to, k)) return false;
        String v = d.lower(k);
        int prep;
        if (BUILT_ON_DE.contains(v)) {
            prep = d.lower(k + 1).equals("auf") ? k + 1 : d.lower(k + 2).equals("auf") ? k + 2 : -1;
            // "Technisch basiert dmGPT auf GPT-4": a name (a capital in it) between the verb and "auf" is the subject, the
            // word before an adverb.
            if (prep == k + 2 && d.get(k + 1).word() && !d.get(k + 1).text().equals(d.lower(k + 1))) return false;
        } else if ((v.equals("is") || v.equals("was")) && BUILT_ON_EN.contains(d.lower(k + 1)) && d.lower(k + 2).equals("on")) {
            prep = k + 2;
        } else if ((v.equals("is") || v.equals("was")) && (d.lower(k + 1).equals("a") || d.lower(k + 1).equals("an"))) {
            prep = -1;
            for (int j = k + 2; j < k + 6 && j + 1 < d.size() && d.sameSentence(k, j + 1); j++) {
                if (d.lower(j).equals("version") && d.lower(j + 1).equals("of")) { prep = j + 1; break; }
                if (!d.get(j).word()) break;
            }
        } else {
            return false;
        }
        if (prep < 0 || !d.sameSentence(to, prep)) return false;
        for (int j = prep + 1; j <= prep + 6 && j < d.size() && d.sameSentence(prep, j); j++) {
            if (model[j]) return true;
            if (d.get(j).is(",") || d.get(j).is(".") || d.get(j).is(";")) return false;
        }
        return false;
    }

    /** "the HyperCLOVA X model", "its Hailuo video-generation model": determiner, name, up to three modifiers, head. */
    private static boolean determinedBeforeHead(DocumentTokens d, int from, int to) {
        // "Profluent's ProGen3 models": a company's possessive picks the name out like a determiner.
        boolean owned = from > 0 && d.get(from - 1).possessive() && d.get(from - 1).capitalised();
        if (from == 0 || !d.sameSentence(from - 1, from) || !NAME_DETERMINERS.contains(d.lower(from - 1)) && !owned) return false;
        for (int k = to + 1, mods = 0; k < d.size() && d.sameSentence(from, k) && d.get(k).word() && mods <= 3; k++, mods++) {
            Token w = d.get(k);
            if (MODEL_HEADS.contains(w.lower())) {
                // A plain name needs a modifier between ("its Hailuo video-generation model"): "the Golf model" is a
                // car. "das GLM-Modell" for a code-like name only: "das Abo-Modell" is a way of charging.
                boolean glued = w.gap() == Token.Gap.HYPHEN && k == to + 1;
                // A plural head names a family only right after a code-like name or an owner's name ("its Orb models",
                // "whose Vireo models"): "den Rückstand auf die Modelle", "das Feld der offenen Modelle" and "seinen
                // Assistenten Yunhai fremde Modelle" are nouns before a plural.
                boolean plural = PLURAL_HEADS.contains(w.lower());
                boolean ownedFamily = plural && mods == 0 && (owned || OWNER_POSSESSIVES.contains(d.lower(from - 1)));
                boolean named = codeLike(d.get(from)) || codeLike(d.get(to)) || mods > 0 && !plural || ownedFamily;
                // A code-like name or an owner's family ends the phrase whatever verb follows: "whose ProGen3 models suggest".
                // So does an owner's name: "SoundHound's Polaris speech model beats …".
                boolean ends = headEnds(d, k) || (codeLike(d.get(to)) || plural || owned) && k + 1 < d.size() && d.sameSentence(k, k + 1)
                        && d.get(k + 1).gap() == Token.Gap.SPACE && Character.isLowerCase(d.get(k + 1).text().charAt(0));
                return named && (w.gap() == Token.Gap.SPACE || glued && codeLike(d.get(to))) && ends;
            }
            // Modifiers are lower-case words or their hyphen parts: "video-generation", "open-weight"; or "AI" ("its Cropwise AI assistant").
            if (!Character.isLowerCase(w.text().charAt(0)) && !(w.lower().equals("ai") || w.lower().equals("ki"))) return false;
            // "the Philippines needs a model that …": an article opens another noun phrase; the name was no modifier.
            if (Cues.is(w, Cues.F_DETERMINER)) return false;
        }
        return false;
    }

    /** Words after a bare "a model" that make it an AI model, not a model for others to follow. */
    private static final Set<String> BARE_MODEL_FOLLOWERS = Cues.hashed("that", "which", "developed", "trained", "built",
            "released", "launched", "designed", "made", "das", "der", "die", "von", "aus");

    /** "Jais, an Arabic-English language model.", "Sonar, the new in-house search model from Perplexity". */
    private static final Set<String> APPOSITION_ENDING_VERBS = Cues.hashed("has", "have", "had", "is", "are", "was", "were", "will",
            "hat", "haben", "hatte", "ist", "sind", "war", "wird", "werden");

    private static boolean apposition(DocumentTokens d, int to) {
        int c = to + 1;
        if (c + 2 >= d.size() || !d.get(c).is(",") || !d.sameSentence(to, c + 2) || !APPOSITION_ARTICLES.contains(d.lower(c + 1))) {
            return false;
        }
        for (int k = c + 2; k < Math.min(d.size(), c + 9) && d.sameSentence(to, k) && d.get(k).word(); k++) {
            Token w = d.get(k);
            String l = w.lower();
            // "In Vilnius, the biometrics firm Neurotechnology has published Lithuanian models": a verb ends the apposition.
            if (APPOSITION_ENDING_VERBS.contains(l)) return false;
            boolean compound = l.length() > 7 && l.endsWith("modell") && !l.startsWith("geschäft") && w.gap() != Token.Gap.HYPHEN;
            if (aiToolHead(d, k)) return headEnds(d, k) || d.get(k + 1).is(",");
            if (!MODEL_HEADS.contains(l) && !compound) continue;
            // "Paris, a model for others", "Smith, an agent for …": a bare "model" or "agent" right after the article needs a
            // clause that says what it does.
            boolean bare = k == c + 2 && (l.equals("model") || l.equals("modell") || l.equals("agent"));
            // German sets the relative clause off with a comma: "Lytix-Thorax 2, ein Modell, das Röntgenbilder liest".
            if (bare && k + 2 < d.size() && d.get(k + 1).is(",") && d.sameSentence(k, k + 2) && RELATIVE_DE.contains(d.lower(k + 2))) return true;
            if (bare) return k + 1 < d.size() && d.sameSentence(k, k + 1) && BARE_MODEL_FOLLOWERS.contains(d.lower(k + 1));
            // "Am Ende des Tages, ein Chatbot ist nur so gut wie …": a verb right after the head makes the phrase a subject.
            if (k + 1 < d.size() && d.sameSentence(k, k + 1) && SUBJECT_VERBS.contains(d.lower(k + 1))) return false;
            return headEnds(d, k);
        }
        return false;
    }

    /** Finite verbs that make the noun phrase before them a clause's subject, no apposition. */
    private static final Set<String> SUBJECT_VERBS = Cues.hashed("ist", "war", "sind", "waren", "wird", "kann", "muss", "is", "was",
            "are", "were", "can", "must", "will");

    /** The head noun at k ends its phrase: punctuation, the end, or a word that cannot extend a compound follows. */
    private static boolean headEnds(DocumentTokens d, int k) {
        if (k + 1 >= d.size() || !d.sameSentence(k, k + 1)) return true;
        Token next = d.get(k + 1);
        if (!next.word()) return !next.is("-");
        if (next.gap() == Token.Gap.SPACE && HEAD_FOLLOWERS.contains(next.lower())) return true;
        // "CutVision, a segmentation model Proventa built on …": a contact clause, its subject a name and its verb a maker's.
        return next.gap() == Token.Gap.SPACE && Character.isUpperCase(next.text().charAt(0)) && k + 2 < d.size()
                && d.sameSentence(k, k + 2) && MAKER_VERBS.contains(d.lower(k + 2));
    }

    /** Verbs of a contact clause after a model noun: "a model Proventa built", "the assistant Lumen trained". */
    private static final Set<String> MAKER_VERBS = Cues.hashed("built", "developed", "trained", "released", "launched", "made",
            "designed", "created", "fine-tuned", "entwickelt", "trainiert", "gebaut");

    /** "HyperCLOVA", "GLM", the "X" of "Lumora X": capitals or digits after the first letter, or a short capital code. */
    private static boolean codeLike(Token t) {
        String s = t.text();
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) return true;
        return s.length() <= 2 && Character.isUpperCase(s.charAt(0));
    }
}
