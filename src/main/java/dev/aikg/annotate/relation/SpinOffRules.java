package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spin-offs and subsidiaries: "X entstand als Spin-off aus dem Hedgefonds Y", "das Nebenprojekt von Y",
 * "X, a subsidiary of Y", "die Y-Tochter X", "X was spun off from Y". When the sentence names no child
 * ("Es entstand …", "Das Nebenprojekt von Y …"), the subject of the previous sentence is taken.
 */
final class SpinOffRules {
    private static final String[] TRIGGERS = {"spin-off", "spinoff", "spin off", "spun off", "ausgründung",
            "nebenprojekt", "tochter", "töchter", "subsidiary", "subsidiaries", "side project", "ableger", "unit of", "division of", "sparte",
            "owned by", " owned ", "-owned", "-controlled", "mutter", "parent", "emerged from", "spun out", " unit", "division", "beteiligungsgesellschaft", "vehikel", "vehicle", " arm ", "arm des", "arm der", "arm von", "arm vom",
            " arm.", " arm,", "owner", "eigentümer", " controls", " owns", "carved out", "besitz", "controlled by", "born from", "born out of", "marke",
            "brand of", "imprint", "franchise", "dienst des", "dienst der", "plattform des", "plattform der", "venture fund", "research lab", "studio", "part of", "teil von", "teil des", "teil der",
            "einrichtung", "institut", "franchisor", "franchiser", " behind "};
    private static final Pattern PARENT_CUE = Pattern.compile(".*(spin-?offs?|spin off|spun off|ausgründung|nebenprojekts?|"
            + "tochter(gesellschaft|unternehmen|firma)?|subsidiary|side project|side-project|ableger|unit|division|sparte|"
            // "Audatex, eine Marke des US-Konzerns Solera", "X, a brand of Y": an indefinite article before it ("the brand of
            // Nvidia chips" is none).
            // "Insomniac Games, ein Studio des Sony-Konzerns": a studio, with the indefinite article too.
            // "SoftBank Vision Fund, dem Investmentvehikel der japanischen SoftBank Group".
            + "beteiligungsgesellschaft|investmentvehikel|investment vehicle|\\barm|[\\p{L}-]+arm|(?<=\\b(?:a|an|eine|einer|ein) )(?:marke|brand|studio|imprint|franchise|"
            // "Hüll, einer Einrichtung der Bayerischen Landesanstalt", "X, an institute of the Chinese Academy of Sciences".
            + "einrichtung|institut|institute)"
            // "Free2Move, the mobility brand of carmaker Stellantis", "Taylor & Francis, the academic imprint of Informa",
            // "BookBeat, der Streamingdienst des Medienhauses Bonnier": in an apposition the definite article too.
            // "Temu, die Plattform des chinesischen Konzerns PDD Holdings".
            + "|(?<=, (?:the|der|die|das) (?:[\\p{L}-]{1,25} )?(?:[\\p{L}-]{1,25} )?)(?:marke|brand|imprint|franchise|[\\p{L}]*dienst|plattform))"
            // "the venture and technology arm of the Thai banking group SCBX": up to three words describe the parent.
            + "\\s+(aus|von|vom|of|from|des|der)\\s+((dem|der|den|des|the)\\s+)?((\\S+\\s+){0,2}"
            // "the venture arm of Italy's state lender Cassa Depositi e Prestiti": a country's possessive among them.
            + "|((?!(with|and|und|mit|together|sowie)\\s)[\\p{L}-]+('s|’s)?\\s+){3})$"
            // "Arm, majority-owned by SoftBank", "Kuka, the robot maker owned since 2017 by China's Midea", "which is majority-owned
            // by the US industrial group Honeywell": owned by the parent (not "partly owned").
            // Not "now 49% owned by", not "a business about to be owned by" (a company named before is not the one meant).
            + "|.*\\b(?<!partly |part-|co-|jointly |minority-|% |percent |to be |will be )(majority-owned|majority owned|wholly owned|wholly-owned|owned|"
            // "Trendyol, controlled by China's Alibaba".
            + "controlled|majority-controlled|"
            // "Juventus, controlled by the Agnelli family's holding company Exor": up to four words describe the owner.
            + "mehrheitlich im besitz)(\\s+(since|from)\\s+\\d{4})?\\s+(by|von)\\s+((the|der|dem)\\s+)?"
            + "((?!(and|or|und|oder|with|backed|funded|its|his|her|their)\\s)[\\p{L}-]+('s|’s)?\\s+){0,4}$"
            // "der Elektro-Außenborder-Spezialist im Besitz des Kölner Motorenbauers Deutz", "ist im Besitz der Carl-Zeiss-Stiftung".
            + "|.*\\b(?<!teilweise |zum teil )im besitz (des|der|von|vom)\\s+((?!(und|oder|mit)\\s)[\\p{L}-]+\\s+){0,2}$"
            // "Gripwise, which emerged from the Karlsruhe Institute of Technology", "Isomorphic, which was spun out of DeepMind".
            // "Sugon itself was born from the Institute of Computing Technology".
            // "DeepSeek was spun out in 2023 from High-Flyer": the year between.
            // "Kawasaki Motors, which was carved out of Kawasaki Heavy Industries".
            + "|.*\\b(emerged|spun out|spun-out|born|born out|carved out)\\s+(in\\s+\\d{4}\\s+)?(from|of)\\s+((the)\\s+)?([\\p{L}-]+('s|’s)\\s+)?$");
    /** "Ansys, now part of Synopsys,", "Kuka, heute Teil des chinesischen Midea-Konzerns": owned since a takeover. */
    private static final Pattern NOW_PART_OF = Pattern.compile(Rx.LISTING + "\\s*,\\s*((which|that|die|das|der)\\s+(is|ist)\\s+)?"
            + "(now|today|inzwischen|heute|mittlerweile|seit\\s+\\d{4})\\s+(part of|teil (von|des|der))\\s+((the|dem|der|des)\\s+)?([\\p{L}-]+\\s+){0,2}");

    /** "Teledyne FLIR, part of Teledyne Technologies,": a bare apposition, closed right after the parent's name. */
    // "DPD UK is part of Geopost, the parcels arm of …", "DPD ist Teil der Geopost": the copula's clause, closed the same way.
    private static final Pattern PART_OF_APPOSITION = Pattern.compile(Rx.LISTING + "(\\s*,\\s*(itself\\s+|also\\s+)?part of\\s+(the\\s+)?"
            + "|\\s+(is|was|has been|remains|ist|war)\\s+((also|still|now|auch|heute|inzwischen)\\s+)?(part of\\s+(the\\s+)?|teil (von|des|der)\\s+"
            + "((dem|der|des)\\s+)?))");
    private static final Pattern APPOSITION_CLOSES = Pattern.compile("(\\s+(group|family|empire|stable|conglomerate))?\\s*([,.;)]|$).*");

    /** "Google DeepMind, Alphabet's artificial intelligence lab,": the unit, then its owner's possessive and the unit's noun. */
    private static final Pattern POSSESSIVE_LAB_APPOSITION = Pattern.compile(Rx.LISTING + "\\s*,\\s*(the\\s+)?$");
    private static final Pattern LAB_AFTER_OWNER = Pattern.compile(Rx.POSSESSIVE_UNIT_NOUN + "\\s*([,.;)]|$).*");

    private static void possessiveLabApposition(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref child = orgs.get(k - 1), owner = orgs.get(k);
            if (child.id().equals(owner.id()) || !POSSESSIVE_LAB_APPOSITION.matcher(v.gap(child.end(), owner.start())).matches()) continue;
            if (LAB_AFTER_OWNER.matcher(v.gap(owner.end(), Math.min(v.sentence.end(), owner.end() + 50))).matches()) {
                sink.add(v, child, Predicate.SPIN_OFF_OF, owner, "spinoff.possessive-apposition", 0.75);
            }
        }
    }

    private static void nowPartOf(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref child = orgs.get(k - 1), parent = orgs.get(k);
            if (child.id().equals(parent.id())) continue;
            String gap = v.gap(child.end(), parent.start());
            if (NOW_PART_OF.matcher(gap).matches()) {
                sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.now-part-of", 0.75);
            } else if (PART_OF_APPOSITION.matcher(gap).matches() && !v.possessive(parent)
                    && APPOSITION_CLOSES.matcher(v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 20))).matches()) {
                sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.part-of-apposition", 0.7);
            }
        }
    }

    /** {@link #PARENT_CUE} cannot match without one of these. */
    private static final String[] PARENT_WORDS = {"spin", "spun", "ausgründung", "nebenprojekt", "tochter", "subsidiary",
        "side project", "side-project", "ableger", "unit", "division", "sparte", "owned", "controlled", "besitz", "beteiligungsgesellschaft", "vehikel", "vehicle",
        "emerged", "spun out", "spun-out", "born", "marke", "brand", "studio", "part of", "teil von", "teil des", "teil der",
        "imprint", "franchise", "dienst des", "dienst der", " arm ", "arm des", "arm der", "arm von", "arm vom", "carved out",
        "plattform des", "plattform der", "einrichtung", "institut"};

    /**
     * "Humain, das zum Staatsfonds PIF gehört", "AutoScout24 aus München, der dem Finanzinvestor Hellman & Friedman gehört":
     * the child, perhaps its seat, the relative pronoun, the parent's article (with "zu" or in the dative) and its noun.
     */
    // "Syngenta mit Sitz in Basel, der zum …", "Ströer (Xetra: SAX), zu dem …": a seat or a listing before the comma.
    private static final String SEAT_BEFORE_CLAUSE = Rx.LISTING + "(\\s+(aus|mit\\s+sitz\\s+in)\\s+\\p{L}[\\p{L}-]*)?";
    private static final Pattern BELONGS_RELATIVE = Pattern.compile(SEAT_BEFORE_CLAUSE + ",\\s*(das|die|der|welches|welche)\\s+"
            // "RTL Group, die mehrheitlich zu Bertelsmann gehört": "zu" before a bare name.
            // "welches zu dem amerikanischen Konzern X gehört": a translation's "zu dem" for "zum".
            + "((heute|inzwischen|mehrheitlich|längst|vollständig|seit\\s+\\d{4})\\s+)*(zum|zur|zu dem|zu(?!\\s+(den|der|dem|einem|einer)\\b)|dem|der|den)\\s+"
            // "der zum niederländischen Investor Prosus gehört": an adjective and a noun describe the parent; "zum von John
            // Paulson gegründeten Hedgefonds Paulson & Co.": a participle with its agent too.
            + "(von\\s+[^,;]{1,40}?\\s+(gegründeten|geführten|kontrollierten)\\s+)?((?!(von|vom|des|und|oder)\\s)[\\p{L}-]+\\s+){0,2}");
    /** "Mobileye, die mehrheitlich zum Chipkonzern Intel gehörende Tochter": the participle before the unit's noun. */
    private static final Pattern BELONGS_ATTRIBUTIVE = Pattern.compile(",\\s*(die|der|das|eine|ein)\\s+"
            + "((heute|inzwischen|mehrheitlich|vollständig|ganz|längst|seit\\s+\\d{4})\\s+)*(zum|zur|zu)\\s+([\\p{L}-]+\\s+)?");
    // "Torqeedo aus Gilching bei München gehört seit dem vergangenen Jahr zum japanischen Yamaha-Konzern": the unit's seat
    // before the verb, a time of three words after it.
    private static final Pattern BELONGS_MAIN = Pattern.compile("(\\s+aus\\s+\\p{L}[\\p{L}-]*(\\s+bei\\s+\\p{L}[\\p{L}-]*)?)?"
            + "\\s+(gehört|gehörte)\\s+(seit\\s+\\S+\\s+|seit\\s+(dem|der)\\s+(vergangenen|letzten|vorigen)\\s+\\p{L}+\\s+|inzwischen\\s+|mehrheitlich\\s+)*"
            // "gehört zum US-Luftfahrt- und Rüstungskonzern RTX", "gehört mehrheitlich den Finanzinvestoren Permira und H&F",
            // "gehört seit 2021 mehrheitlich zur südkoreanischen Hyundai Motor Group", "gehört mehrheitlich zu Bertelsmann".
            // Not "gehört zu den Geldgebern von Aleph Alpha": one among many.
            + "(zum|zur|zu(?!\\s+(den|der|dem|einem|einer)\\b)|den|dem|der)\\s+([\\p{L}-]+\\s+(und\\s+)?){0,3}"
            // "Activision Blizzard has belonged to Microsoft since the takeover": the English verb, not "one of … belonging to".
            // A bare past is a story's metaphor ("OpenAI belonged to Microsoft, Anthropic to Amazon"): the present or perfect only.
            // "Rival FanDuel, which belongs to Flutter Entertainment": the relative clause too.
            // "Harman International, which in turn belongs to Samsung Electronics".
            + "|(\\s*,\\s*(which|that)(\\s+in turn)?|)\\s+(belongs|has belonged|have belonged|now belongs)\\s+(wholly\\s+|entirely\\s+)?to\\s+((the|its)\\s+)?"
            + "([\\p{L}-]+\\s+){0,2}");

    /** "Gen Digital, zu dem seit 2022 der Virenschutzanbieter Avast gehört": the parent before, the unit inside the clause. */
    // "Zeal Network aus Hamburg, zu dem das Portal Lotto24 gehört": the parent's town may come before the comma.
    private static final Pattern BELONGS_INVERTED = Pattern.compile(SEAT_BEFORE_CLAUSE + ",\\s*(zu dem|zu der|zu denen|zu welchem|zu welcher)\\s+"
            + "((seit\\s+\\S+|inzwischen|auch|längst|mittlerweile)\\s+)*((der|die|das)\\s+)?([\\p{L}-]+\\s+){0,3}");

    private static final Pattern AMONG_OWNERS_OF = Pattern.compile("(?s).*\\bzu den [^,;]{0,50}\\b(von|des|der|bei)\\s+"
            + "((dem|der|des)\\s+)?([\\p{L}-]+\\s+)?$");

    /** "Humain, das zum Staatsfonds PIF gehört", "Humain gehört zum Staatsfonds PIF": owned by the parent. */
    private void belongsTo(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref child = orgs.get(k - 1), parent = orgs.get(k);
            String gap = v.gap(child.end(), parent.start());
            String afterParent = v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 30));
            // "Zu den frühen Großinvestoren von Auto1 gehört der Konzern SoftBank": the company is the list's owner, not a unit.
            if (AMONG_OWNERS_OF.matcher(v.gap(Math.max(v.sentence.start(), child.start() - 70), child.start())).matches()) continue;
            // "zu dem die Traktorenmarke Fendt aus Marktoberdorf gehört": the unit's town before the verb.
            if (BELONGS_INVERTED.matcher(gap).matches()) {
                // "zu dem Marken wie Graphisoft und Vectorworks gehören": every unit of the list before the verb.
                List<Ref> units = FounderRules.orgList(v, parent);
                Ref last = units.get(units.size() - 1);
                // "zu dem die Marken Ladbrokes und Coral gehören": a last member no finder took.
                if (Rx.matches(v.text.substring(last.end(), Math.min(v.sentence.end(), last.end() + 40)),
                        "(\\s+(und|sowie)\\s+\\p{Lu}[\\p{L}-]+)?(\\s+aus\\s+[\\p{L}-]+)?\\s*(gehört|gehören|gehörte|gehörten)\\b.*")) {
                    for (Ref u : units) if (!u.id().equals(child.id())) sink.add(v, u, Predicate.SPIN_OFF_OF, child, "spinoff.belongs-to", 0.7);
                    continue;
                }
            }
            // "das zum südkoreanischen Hyundai-Konzern gehört": the parent glued to its noun.
            boolean relative = BELONGS_RELATIVE.matcher(gap).matches() && Rx.matches(afterParent, "(-[\\p{L}]+)?\\s*(gehört|gehörte)\\b.*")
                    || BELONGS_ATTRIBUTIVE.matcher(gap).matches() && Rx.matches(afterParent, "\\s*gehörende[nrs]?\\b.*");
            if (relative || BELONGS_MAIN.matcher(gap).matches()) {
                // "gehört den Finanzinvestoren Permira und Hellman & Friedman": every owner of the list.
                boolean english = gap.contains("belong");
                for (Ref p : relative || english ? List.of(parent) : FounderRules.orgList(v, parent)) {
                    sink.add(v, child.id(), Predicate.SPIN_OFF_OF, p.id(), null, null, null, null, child.start(), p.end(),
                            "spinoff.belongs-to", 0.7);
                }
            }
        }
    }

    /** "Zu RELX gehört auch der Fachverlag LexisNexis", "Zur Oetker-Gruppe gehört zudem der Lieferdienst Flaschenpost". */
    private static final Pattern OPENING_PARENT = Pattern.compile("[„\"»]?(zu|zum|zur)\\s+((dem|der)\\s+)?");
    private static final Pattern OPENING_PARENT_VERB = Pattern.compile("('s|s)?(-[\\p{L}]+)?\\s+(gehört|gehören|gehörte|gehörten)\\s+"
            + "((auch|zudem|außerdem|ebenfalls|seit\\s+\\d{4}|heute|inzwischen|mittlerweile|neben\\s+[^,;]{1,40}?\\s+auch)\\s+)*"
            + "((der|die|das|den)\\s+)?((?!(und|oder|von|vom)\\s)[\\p{L}-]+\\s+){0,2}");

    private void parentOpening(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        if (orgs.size() < 2 || !OPENING_PARENT.matcher(v.gap(v.sentence.start(), orgs.get(0).start())).matches()) return;
        Ref parent = orgs.get(0), unit = orgs.get(1);
        if (unit.id().equals(parent.id()) || !OPENING_PARENT_VERB.matcher(v.gap(parent.end(), unit.start())).matches()) return;
        for (Ref u : FounderRules.orgList(v, unit)) {
            if (!u.id().equals(parent.id())) sink.add(v, u, Predicate.SPIN_OFF_OF, parent, "spinoff.parent-opening", 0.7);
        }
    }

    /** "Cambricon ging 2016 aus dem Institut für Computertechnik hervor": the child, the verb, "aus" and the parent. */
    private static final Pattern WENT_OUT_OF = Pattern.compile("(?iu)\\s+(ging|gingen|geht|gehen|ist|sind)\\s+([^,;.]{0,40}\\s)?aus\\s+"
            + "((dem|der|den|einem|einer)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** "Aus Linguee ging 2017 DeepL hervor": the parent opens the sentence, the child follows the verb. */
    private static final Pattern OUT_OF_OPENING = Pattern.compile("(?iu)aus\\s+((dem|der|den)\\s+)?([\\p{L}-]+\\s+){0,2}");
    private static final Pattern WENT = Pattern.compile("(?iu)\\s+(ging|gingen)\\s+((im jahr\\s+)?\\d{4}\\s+)?((das|der|die)\\s+[\\p{L}-]+\\s+)?");
    private static final Pattern FORTH = Pattern.compile("(?iu)\\s+([^,;.]{0,70}\\s)?(hervor|hervorgegangen)\\b.*");

    /** German "aus Y hervorgehen": X emerged from Y, a spin-off. */
    private void wentOutOf(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref a = orgs.get(k - 1), b = orgs.get(k);
            String after = v.gap(b.end(), Math.min(v.sentence.end(), b.end() + 90));
            if (!FORTH.matcher(after).matches()) continue;
            if (WENT_OUT_OF.matcher(v.gap(a.end(), b.start())).matches()) {
                sink.add(v, a, Predicate.SPIN_OFF_OF, b, "spinoff.went-out-of", 0.7);
            } else if (OUT_OF_OPENING.matcher(v.gap(v.sentence.start(), a.start())).matches() && WENT.matcher(v.gap(a.end(), b.start())).matches()) {
                sink.add(v, b, Predicate.SPIN_OFF_OF, a, "spinoff.went-out-of", 0.7);
            }
        }
    }

    /** "Signify war 2016 als Philips Lighting vom Philips-Konzern abgespalten worden": split off from the parent. */
    private static final Pattern SPLIT_OFF_BETWEEN = Pattern.compile("\\s+(war|wurde|ist|sind|waren|wurden)\\s+([^,;.]{0,60}?\\s)?"
            + "(von|vom|aus)\\s+((dem|der|den)\\s+)?((?!(und|oder)\\s)[\\p{L}-]+\\s+){0,2}");
    private static final Pattern SPLIT_OFF_AFTER = Pattern.compile("(-[\\p{L}]+)?\\s+([^,;.]{0,20}\\s)?(abgespalten|abgetrennt|ausgegliedert|"
            + "abgespaltet)\\b.*");

    /** "GE Vernova, welches im April von General Electric abgespalten wurde": the relative clause after the child. */
    private static final Pattern SPLIT_OFF_RELATIVE = Pattern.compile(Rx.LISTING + "\\s*,\\s*(welches|welche|das|die|der)\\s+([^,;.]{0,40}?\\s)?"
            + "(von|vom|aus)\\s+((dem|der|den)\\s+)?((?!(und|oder)\\s)[\\p{L}-]+\\s+){0,2}");

    private void splitOff(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref unit = orgs.get(k - 1), parent = orgs.get(k);
            if (!unit.id().equals(parent.id()) && SPLIT_OFF_RELATIVE.matcher(v.gap(unit.end(), parent.start())).matches()
                    && SPLIT_OFF_AFTER.matcher(v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 40))).matches()) {
                sink.add(v, unit, Predicate.SPIN_OFF_OF, parent, "spinoff.split-off", 0.75);
            }
        }
        Ref child = orgs.get(0);
        for (Ref parent : orgs) {
            if (parent.start() <= child.end() || parent.id().equals(child.id()) || parent.start() - child.end() > 100) continue;
            if (SPLIT_OFF_BETWEEN.matcher(v.gap(child.end(), parent.start())).matches()
                    && SPLIT_OFF_AFTER.matcher(v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 40))).matches()) {
                sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.split-off", 0.75);
                return;
            }
        }
    }

    /** "Novomatic hält zudem die Mehrheit am australischen Automatenhersteller Ainsworth": the majority makes a unit. */
    private static final Pattern HOLDS_MAJORITY = Pattern.compile("\\s+(hält|hielt|besitzt|besaß)\\s+((zudem|auch|seit\\s+\\S+|inzwischen|"
            + "bereits)\\s+)*die\\s+mehrheit\\s+(an|am|an der|an dem|bei|beim)\\s+((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** "In Griechenland hält Allwyn die Mehrheit am Wettanbieter OPAP": the verb before the owner. */
    private static final Pattern MAJORITY_AFTER_OWNER = Pattern.compile("\\s+die\\s+mehrheit\\s+(an|am|an der|an dem|bei|beim)\\s+"
            + "((der|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}");
    private static final Pattern HOLDS_BEFORE_OWNER = Pattern.compile("(?s).*\\b(hält|hielt|besitzt|besaß)\\s+$");
    /** "bet-at-home (Xetra: ACX) aus Düsseldorf, Mehrheitseigner ist die französische Betclic Everest Group": the owner named. */
    private static final Pattern MAJORITY_OWNER_IS = Pattern.compile(Rx.LISTING + "(\\s+aus\\s+[\\p{L}-]+)?\\s*,\\s*"
            + "(mehrheitseigner|mehrheitseignerin|mehrheitsaktionär|mehrheitsaktionärin|hauptaktionär|eigentümer|eigentümerin)\\s+"
            + "(ist|war|sind)\\s+((der|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}");

    private void majority(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref a = orgs.get(k - 1), b = orgs.get(k);
            if (a.id().equals(b.id()) || b.start() - a.end() > 90) continue;
            String gap = v.gap(a.end(), b.start());
            if (HOLDS_MAJORITY.matcher(gap).matches() || MAJORITY_AFTER_OWNER.matcher(gap).matches() && holdsBefore(v, a)) {
                sink.add(v, b, Predicate.SPIN_OFF_OF, a, "spinoff.holds-majority", 0.7);
            } else if (MAJORITY_OWNER_IS.matcher(gap).matches()) sink.add(v, a, Predicate.SPIN_OFF_OF, b, "spinoff.majority-owner-is", 0.7);
        }
    }

    private static boolean holdsBefore(SentenceView v, Ref owner) {
        return HOLDS_BEFORE_OWNER.matcher(v.gap(Math.max(v.sentence.start(), owner.start() - 12), owner.start())).matches();
    }

    /** "Fiskars, which also owns Royal Doulton and Waterford", "Mohawk, the flooring group that owns Italy's Marazzi and …". */
    private static final Pattern OWNS_AFTER = Pattern.compile(Rx.LISTING + "\\s*,\\s*((which|that)\\s+|(the|a|an)\\s+[^,;()]{0,60}?\\s+(that|which)\\s+)"
            // Not "which owns shares in Saab", "that owns ABB shares": a holding of shares is no unit.
            + "(also\\s+|now\\s+)?(owns|controls)\\s+(?!(shares|stakes?|a\\s+stake|a\\s+minority|minority|\\d)\\b)"
            + "((the\\s+)?([\\p{L}-]+('s|’s)\\s+)?([\\p{Ll}-]+\\s+){0,2}(brands?\\s+)?)");
    /** "has owned Dutch roller-coaster builder Vekoma since 2018": an ownership of some years, the unit described. */
    private static final Pattern HAS_OWNED = Pattern.compile(Rx.LISTING + "(\\s*,[^;]{0,90}?,)?\\s+(has|have)\\s+((long|also|since)\\s+)?owned\\s+"
            + "((the|a|an)\\s+)?((?!(shares|stakes?|a)\\s)[\\p{L}-]+\\s+){0,3}");
    private static final Pattern HOLDING_AFTER = Pattern.compile("(\\s*'s)?\\s+(shares|stock|stakes?|equity)\\b.*");
    /** "Thai Union, der Thunfisch-Verarbeiter, welcher die Marke Chicken of the Sea besitzt": the unit before "besitzt". */
    private static final Pattern BESITZT_BEFORE = Pattern.compile(Rx.LISTING + "\\s*,\\s*([^,;()]{0,60}?,\\s*)?(der|die|das|welcher|welche|welches)"
            + "\\s+(auch\\s+)?((die|den|das)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** "Zara owner Inditex", "Instagram parent Meta": the first name qualifies the owner's noun the second heads. */
    static final Pattern OWNER_NOUN_BETWEEN = Pattern.compile("\\s+(owner|parent|eigentümer|mutterkonzern)\\s+");
    /** "Inditex, der Besitzer von Zara", "Lumen, the owner of Ostara": an apposition naming the owner of the next name. */
    // "Regis Corp., the franchisor behind Supercuts, SmartStyle and Cost Cutters": the franchisor or group behind its brands.
    // "Signet Jewelers, the Akron, Ohio-based owner of Kay, Zales and Jared": a city and its state before the seat word.
    private static final Pattern OWNER_OF_APPOSITION = Pattern.compile(Rx.LISTING + "\\s*,\\s*(der|die|the)\\s+([\\p{L}.]+(\\s[\\p{L}.]+)?,\\s+(?=[\\p{L}.]+-based\\s))?([\\p{L}-]+\\s+)?"
            + "((besitzer|eigentümer|eigentümerin|owner|parent)\\s+(von|vom|des|der|of)|(franchisor|franchiser|group|conglomerate)\\s+behind)"
            + "\\s+((the|dem|der)\\s+)?");

    private static void ownsUnits(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 0; k + 1 < orgs.size(); k++) {
            Ref owner = orgs.get(k), first = orgs.get(k + 1);
            if (owner.id().equals(first.id())) continue;
            String gap = v.gap(owner.end(), first.start());
            if (OWNS_AFTER.matcher(gap).matches()) {
                List<Ref> units = unitsFrom(v, first);
                Ref lastUnit = units.get(units.size() - 1);
                if (HOLDING_AFTER.matcher(v.gap(lastUnit.end(), Math.min(v.sentence.end(), lastUnit.end() + 12))).matches()) continue;
                for (Ref unit : units) {
                    if (!unit.id().equals(owner.id())) sink.add(v, unit, Predicate.SPIN_OFF_OF, owner, "spinoff.owns", 0.75);
                }
            } else if (BESITZT_BEFORE.matcher(gap).matches()
                    && Rx.matches(v.gap(first.end(), Math.min(v.sentence.end(), first.end() + 12)), "\\s+(besitzt|kontrolliert)\\b.*")) {
                sink.add(v, first, Predicate.SPIN_OFF_OF, owner, "spinoff.owns", 0.75);
            } else if (HAS_OWNED.matcher(gap).matches()
                    && Rx.matches(v.gap(first.end(), Math.min(v.sentence.end(), first.end() + 12)), "\\s+(since|for|seit)\\b.*")) {
                // "Sansei Technologies, the Osaka-based maker of rides, has owned Dutch coaster builder Vekoma since 2018".
                sink.add(v, first, Predicate.SPIN_OFF_OF, owner, "spinoff.has-owned", 0.75);
            } else if (OWNER_OF_APPOSITION.matcher(gap).matches()) {
                for (Ref unit : unitsFrom(v, first)) {
                    if (!unit.id().equals(owner.id())) sink.add(v, unit, Predicate.SPIN_OFF_OF, owner, "spinoff.owner-of", 0.75);
                }
            } else if (OWNER_NOUN_BETWEEN.matcher(gap).matches() && "en".equals(v.doc.document().lang())) {
                sink.add(v, owner, Predicate.SPIN_OFF_OF, first, "spinoff.owner-noun", 0.7);
            }
        }
    }

    /**
     * The units listed from {@code first} on ("Royal Doulton and Waterford", "Marazzi and the US brand Dal-Tile"); not past
     * ", and" ("Nikkei, which also owns the Financial Times, and the Asahi Shimbun": the comma closed the clause).
     */
    private static List<Ref> unitsFrom(SentenceView v, Ref first) {
        List<Ref> out = new java.util.ArrayList<>(List.of(first));
        Ref last = first;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() < last.end()) continue;
            if (!LIST_LINK.matcher(v.gap(last.end(), r.start())).matches()) break;
            out.add(r);
            last = r;
        }
        return out;
    }

    void apply(SentenceView v, RelationSink sink) {
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny(" owns ", " owned ", " controls ", "besitzt", "kontrolliert", " owner ", " parent ",
                "besitzer", "eigentümer", " behind ")) {
            ownsUnits(v, sink);
        }
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("mehrheit", "eigentümer", "hauptaktionär")) majority(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("part of", "teil von", "teil des", "teil der")) nowPartOf(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny(" lab", " unit", " arm", " division", " subsidiary", " affiliate")) possessiveLabApposition(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("hervor")) wentOutOf(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("abgespalten", "abgetrennt", "ausgegliedert", "abgespaltet")) splitOff(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("gehört", "gehören", "gehörend", "belong")) belongsTo(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("gehört", "gehören")) parentOpening(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2 && v.hasAny("whose ", "its ", "their ")) namedUnits(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 3 && v.hasAny(", both ", ", beide ")) bothOf(v, sink);
        if (v.of(EntityType.ORGANIZATION).size() >= 2) for (Ref owner : v.of(EntityType.ORGANIZATION)) possessiveName(v, owner, sink);
        if (!v.hasType(EntityType.ORGANIZATION) || !v.hasAny(TRIGGERS)) return;
        if (v.hasAny(" its parent", " its owner", " seine mutter", " ihre mutter", " dessen mutter", " deren mutter")) andItsParent(v, sink);
        for (Ref parent : v.of(EntityType.ORGANIZATION)) {
            String before = v.gap(Math.max(v.sentence.start(), parent.start() - 60), parent.start());
            // "emerged from Uber's Postmates": the possessor only describes the parent named next.
            // "die Risikokapitaltochter der Google-Mutter Alphabet": a name glued to a noun describes the parent named next.
            if (Prefilter.endsWithSpace(before) && Prefilter.containsAny(before, PARENT_WORDS) && PARENT_CUE.matcher(before).matches()
                    && !v.possessive(parent) && !gluedToRelationNoun(v, parent)) {
                Ref child = childBefore(v, parent);
                String rule = "spinoff.of";
                if (child == null && opensWithAnaphor(v)) {
                    child = v.previousSubject(EntityType.ORGANIZATION);
                    rule = "spinoff.of-anaphor";
                }
                if (child != null) sink.add(v, child.id(), Predicate.SPIN_OFF_OF, parent.id(), null, null, null, null,
                        Math.min(child.start(), parent.start()), parent.end(), rule, rule.endsWith("anaphor") ? 0.6 : 0.8);
            }
            compoundNoun(v, parent, sink);
            possessiveUnit(v, parent, sink);
            possessiveApposition(v, parent, sink);
            parentApposition(v, parent, sink);
            ownUnit(v, parent, sink);
            ownedCompound(v, parent, sink);
            controlledRelative(v, parent, sink);
        }
    }

    /** What a company's name after another's possessive may be followed by when it is not the other's unit. */
    private static final Pattern NOT_A_UNIT_AFTER = Pattern.compile("(-|\\s+(deals?|stakes?|investments?|partnership|contracts?|agreement|"
            + "offer|bid|takeover)\\b).*");
    /** "Alphabet, Google's parent,", "Alphabet, Googles Mutterkonzern,": the company before the apposition owns the possessor. */
    private static final Pattern PARENT_OF_POSSESSOR = Pattern.compile("\\s+(parent|parent company|parent group|owner|mutterkonzern|"
            + "muttergesellschaft|mutter|eigentümer)\\b.*");

    /**
     * "Alphabet's Google has invested", "SoftBank's Vision Fund 2 led the round", "UPS's Happy Returns subsidiary": a company
     * named right after another's possessive is its unit, unless a deal follows ("Microsoft's Inflection deal", "Qualcomm's
     * Arm-based chips"). And "Alphabet, Google's parent,": the possessor belongs to the company before the apposition.
     */
    private void possessiveName(SentenceView v, Ref owner, RelationSink sink) {
        String gap = v.gap(owner.end(), Math.min(v.sentence.end(), owner.end() + 60));
        // "Lumen Holdings' Vela Labs": a name ending in -s takes the bare apostrophe.
        boolean bareApostrophe = gap.startsWith("' ") && owner.mention().surface().endsWith("s");
        if (!bareApostrophe && !v.possessive(owner)) return;
        gap = SentenceView.stripGenitive(gap);
        if (PARENT_OF_POSSESSOR.matcher(gap).matches()) {
            Ref before = null;
            for (Ref r : v.refs) if (r.end() <= owner.start()) before = r;
            if (before != null && before.is(EntityType.ORGANIZATION) && !before.id().equals(owner.id())
                    && Rx.matches(v.gap(before.end(), owner.start()), ",\\s*")) {
                sink.add(v, owner, Predicate.SPIN_OFF_OF, before, "spinoff.parent-of-possessor", 0.75);
            }
            return;
        }
        Ref next = null;
        for (Ref r : v.refs) if (r.start() >= owner.end()) { next = r; break; }
        if (next == null || !next.is(EntityType.ORGANIZATION) || next.id().equals(owner.id())) return;
        String between = v.gap(owner.end(), next.start());
        if (!Rx.matches(between, "('s|')?\\s{1,3}")) return;
        if (NOT_A_UNIT_AFTER.matcher(v.gap(next.end(), Math.min(v.sentence.end(), next.end() + 20))).lookingAt()) return;
        sink.add(v, next, Predicate.SPIN_OFF_OF, owner, "spinoff.possessive-name", 0.7);
    }

    /**
     * "Dow Jones and the New York Post, both owned by News Corp", "Taiga Cloud und Ardent Data Centers, beide Töchter von
     * Northern Data": every company of the list before "both" belongs to the parent.
     */
    private static final Pattern BOTH_OF = Pattern.compile("\\s*,\\s*(both|beide)\\s+((owned|controlled)\\s+by|part\\s+of|units\\s+of|"
            + "subsidiaries\\s+of|töchter\\s+(von|vom|des|der)|teil\\s+(von|vom|des|der)|im\\s+besitz\\s+(von|vom|des|der))\\s+"
            + "((the|der|dem|des)\\s+)?([\\p{L}-]+('s|’s|s)\\s+)?");
    /** Between two companies of the list: a link, perhaps an article and one describing noun ("und der Rechenzentrumsbauer"). */
    private static final Pattern LIST_LINK = Pattern.compile("\\s*(,|and|und|&)\\s*((the|die|der|das)\\s+([\\p{L}-]+\\s+)?)?");

    private void bothOf(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref parent = orgs.get(k), last = orgs.get(k - 1);
            if (!BOTH_OF.matcher(v.gap(last.end(), parent.start())).matches() || v.possessive(parent)) continue;
            List<Ref> children = new java.util.ArrayList<>(List.of(last));
            for (int j = k - 2; j >= 0 && LIST_LINK.matcher(v.gap(orgs.get(j).end(), children.get(0).start())).matches(); j--) {
                children.add(0, orgs.get(j));
            }
            if (children.size() < 2) continue;
            for (Ref c : children) {
                if (!c.id().equals(parent.id())) sink.add(v, c, Predicate.SPIN_OFF_OF, parent, "spinoff.both-of", 0.75);
            }
        }
    }

    /** ", the Latin American delivery app that Prosus controls", ", which SoftBank owns": the apposition's head is the unit. */
    private static final Pattern CONTROLLED_APPOSITION = Pattern.compile(",\\s*((the|a|an)\\s+[^,;()]{0,70}\\s+)?(that|which)\\s+");
    private static final Pattern CONTROLS_AFTER = Pattern.compile("\\s+(controls|owns|majority-owns|wholly owns)\\s*([,.;)]|$).*");

    private void controlledRelative(SentenceView v, Ref parent, RelationSink sink) {
        if (!CONTROLS_AFTER.matcher(v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 24))).matches()) return;
        Ref child = null;
        for (Ref r : v.refs) {
            if (r.start() >= parent.start()) break;
            child = r;
        }
        if (child == null || !child.is(EntityType.ORGANIZATION) || child.id().equals(parent.id())
                || !CONTROLLED_APPOSITION.matcher(v.gap(child.end(), parent.start())).matches()) return;
        sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.controlled-relative", 0.7);
    }

    /** "SoftBank-owned Arm", "the Alibaba-owned South China Morning Post": the second belongs to the first. */
    private static final Pattern OWNED_AFTER = Pattern.compile("-(owned|controlled)\\s+((the|a|an)\\s+)?([\\p{L}-]+\\s+){0,3}");

    private void ownedCompound(SentenceView v, Ref owner, RelationSink sink) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() <= owner.end() || r.start() - owner.end() > 50) continue;
            if (OWNED_AFTER.matcher(v.gap(owner.end(), r.start())).matches()) {
                sink.add(v, r, Predicate.SPIN_OFF_OF, owner, "spinoff.owned-compound", 0.75);
            }
            return;
        }
    }

    /** "Die Schwarz Gruppe, Mutterkonzern von Lidl und Kaufland,", "Alphabet, the parent company of Google,". */
    // "Sea Limited (NYSE: SE), the parent of …": a listing in brackets before the apposition.
    private static final Pattern PARENT_APPOSITION = Pattern.compile(Rx.LISTING + ",\\s*((the|der|die|das)\\s+)?([\\p{L}-]+\\s+)?(parent|"
            + "parent company|parent group|holding company|owner|mutterkonzern|muttergesellschaft|mutter|holding|eigentümer(in)?)"
            + "\\s+(of|von|des|der)\\s+((the|der|dem|den|des)\\s+)?"
            // "Schibsted, owner of the Norwegian tabloid VG and …": a description of the first unit.
            + "((?!(and|und|of|von)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}");

    private void parentApposition(SentenceView v, Ref parent, RelationSink sink) {
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            // The parent's own ticker in brackets is no unit.
            if (r.start() <= parent.end() || r.start() - parent.end() > 60 || r.id().equals(parent.id())) continue;
            String gap = v.gap(parent.end(), r.start());
            if (!Prefilter.containsAny(gap, "parent", "holding", "owner", "mutter", "eigentümer")
                    || !PARENT_APPOSITION.matcher(gap).matches()) return;
            for (Ref child : FounderRules.orgList(v, r)) {
                if (!child.id().equals(parent.id())) sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.parent-apposition", 0.8);
            }
            return;
        }
    }

    /** "Bosch investiert über seine Wagniskapitaltochter Bosch Ventures", "Amazon, through its cloud unit AWS". */
    // "mit SK Hynix und dessen US-Tochter Solidigm": the relative possessive of the name before, too.
    // "its electric air-taxi subsidiary Eve Air Mobility", "its subsidiaries Aurora Flight Sciences and Wisk Aero".
    // "Mercado Libre (NASDAQ: MELI), whose payments arm Mercado Pago": the English relative possessive too.
    private static final Pattern OWN_UNIT = Pattern.compile("(?s).*\\b(seine|seiner|ihre|ihrer|its|their|dessen|deren|whose)\\s+([\\p{L}-]+\\s+){0,2}"
            + "[\\p{L}-]*(tochter|tochtergesellschaft|subsidiary|unit|sparte|arm|ableger|beteiligungsgesellschaft|töchter|"
            + "tochtergesellschaften|subsidiaries|units)\\s+$");

    private void ownUnit(SentenceView v, Ref unit, RelationSink sink) {
        String before = v.gap(Math.max(v.sentence.start(), unit.start() - 50), unit.start());
        if (!Prefilter.containsAny(before, "seine", "seiner", "ihre", "ihrer", "its ", "their ", "dessen ", "deren ", "whose ")
                || !OWN_UNIT.matcher(before).matches()) return;
        // "mit SMS group und deren Digitaltochter SMS digital": the name before is the unit's own (a short form of it).
        Ref last = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) if (r.end() <= unit.start()) last = r;
        if (last != null && last.id().equals(unit.id())) return;
        Ref owner = childBefore(v, unit); // the organisation named last before the possessive
        if (owner == null || owner.id().equals(unit.id())) return;
        // "Its Middle Eastern unit Talabat listed …, and its Spanish subsidiary Glovo": a unit owns no sibling.
        if (OWN_UNIT.matcher(v.gap(Math.max(v.sentence.start(), owner.start() - 50), owner.start())).matches()) return;
        // "Embraer (NYSE: ERJ), led by Francisco Gomes Neto, said its electric air-taxi subsidiary X": a farther unit, or
        // one described by two words, belongs to the sentence's subject only ("together with Microsoft, its own
        // infrastructure arm GIP" is the speaker's).
        boolean subject = owner == v.first(EntityType.ORGANIZATION);
        boolean twoWords = Rx.matches(before, "(?s).*\\b(seine|seiner|ihre|ihrer|its|their|dessen|deren|whose)\\s+[\\p{L}-]+\\s+[\\p{L}-]+\\s+"
                + "[\\p{L}-]+\\s+$");
        if (!subject && (twoWords || unit.start() - owner.end() >= 80) || unit.start() - owner.end() >= 140) return;
        boolean plural = Rx.matches(before, "(?s).*(töchter|gesellschaften|subsidiaries|units)\\s+$");
        for (Ref u : plural ? FounderRules.orgList(v, unit) : List.of(unit)) {
            if (!u.id().equals(owner.id())) sink.add(v, u, Predicate.SPIN_OFF_OF, owner, "spinoff.own-unit", 0.7);
        }
    }

    /** "whose Vantor unit", "across its Bluebeam and Graphisoft subsidiaries": the unit's name between the possessive and its noun. */
    private static final Pattern POSSESSIVE_BEFORE_NAME = Pattern.compile("(?s).*\\b(whose|its|their)\\s+$");
    private static final Pattern UNIT_NOUN_NEXT = Pattern.compile("\\s+(unit|subsidiary|arm|division|units|subsidiaries|divisions)\\b.*");
    /** "whose brands include Bluebeam, Graphisoft and Allplan", "its units include the robotics developer Avride and …". */
    private static final Pattern UNITS_INCLUDE = Pattern.compile("(?s).*\\b(whose|its|their)\\s+([\\p{L}-]+\\s+)?(brands|units|subsidiaries|"
            + "divisions|labels|studios|businesses|companies)\\s+(include|includes|included|comprise)\\s+((the|a|an)\\s+)?"
            + "((?!(and|or|of|for|with)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}$");

    /**
     * A unit named after the owner's relative or possessive pronoun: "whose Vantor unit", "its X and Y subsidiaries",
     * "whose brands include X, Y and Z". "whose" reaches back over a comma (and a listing) to the name before; "its" before a
     * named unit to the nearest company, and "its units include" to the sentence's first company, the one it is about.
     */
    private void namedUnits(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            Ref unit = orgs.get(k);
            String before = v.gap(Math.max(v.sentence.start(), unit.start() - 90), unit.start());
            // The patterns scan from the window's start: most names have no pronoun before them at all.
            if (!Prefilter.endsWithSpace(before) || !Prefilter.containsAny(before, "whose ", "its ", "their ")) continue;
            List<Ref> units;
            boolean include = UNITS_INCLUDE.matcher(before).matches();
            if (include) {
                units = describedList(v, orgs, k);
            } else if (POSSESSIVE_BEFORE_NAME.matcher(before).matches()) {
                units = FounderRules.orgList(v, unit);
                Ref last = units.get(units.size() - 1);
                if (!UNIT_NOUN_NEXT.matcher(v.gap(last.end(), Math.min(v.sentence.end(), last.end() + 20))).matches()) continue;
            } else continue;
            Ref owner = pronounOwner(v, orgs, unit, before, include);
            if (owner == null) continue;
            for (Ref u : units) if (!u.id().equals(owner.id())) sink.add(v, u, Predicate.SPIN_OFF_OF, owner, "spinoff.named-unit", 0.7);
        }
    }

    /** Between two described members: "… Avride and online education platform TripleTen", ", the robotics developer". */
    private static final Pattern DESCRIBED_LINK = Pattern.compile("\\s*(,|and|,\\s*and)\\s+((the|a|an)\\s+)?"
            + "((?!(and|or|of|for|with|in)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}");

    private static List<Ref> describedList(SentenceView v, List<Ref> orgs, int k) {
        List<Ref> list = new java.util.ArrayList<>(List.of(orgs.get(k)));
        for (int j = k + 1; j < orgs.size() && DESCRIBED_LINK.matcher(v.gap(orgs.get(j - 1).end(), orgs.get(j).start())).matches(); j++) {
            list.add(orgs.get(j));
        }
        return list;
    }

    // "Evolution, the Swedish live-casino giant whose brands include …": the owner's apposition before "whose".
    private static final Pattern WHOSE_AFTER_OWNER = Pattern.compile(Rx.LISTING + "\\s*,\\s*((the|a|an)\\s+[^,;()]{0,60}?\\s)?whose\\s.*");

    private static Ref pronounOwner(SentenceView v, List<Ref> orgs, Ref unit, String before, boolean include) {
        int pronoun = Math.max(before.lastIndexOf("whose "), Math.max(before.lastIndexOf("its "), before.lastIndexOf("their ")));
        int at = unit.start() - before.length() + pronoun;
        if (before.startsWith("whose ", pronoun)) {
            Ref owner = null;
            for (Ref r : orgs) if (r.end() <= at) owner = r;
            return owner != null && WHOSE_AFTER_OWNER.matcher(v.gap(owner.end(), Math.min(v.sentence.end(), at + 6))).matches() ? owner : null;
        }
        // "with SAP, through its SuccessFactors unit": a named unit is the nearest company's; "and its units include" the subject's.
        Ref owner = include ? orgs.get(0) : null;
        if (!include) for (Ref r : orgs) if (r.end() <= at) owner = r;
        return owner != null && owner.end() <= at && owner != unit ? owner : null;
    }

    private static final java.util.regex.Pattern UNIT_AFTER = java.util.regex.Pattern.compile(
            // "M12, Microsoft's venture fund", "Sea AI Lab, Sea's research lab", "Ninja Theory, Microsoft's studio".
            "('s|s|')\\s+([\\p{L}-]+\\s+){0,3}?(subsidiary|unit|division|arm|tochter|tochtergesellschaft|sparte|venture fund|"
            + "research lab|studio)\\b.*");

    /** "Kion's US unit Dematic": the company named right after an owner's possessive and a unit noun belongs to the owner. */
    private void possessiveUnit(SentenceView v, Ref owner, RelationSink sink) {
        boolean genitive = SentenceView.genitiveSurface(owner);
        if (!genitive && !v.possessive(owner)) return;
        // The German genitive ("Kions") carries its -s in the mention: the pattern reads it as the gap's first letter.
        String tail = (genitive ? "s" : "") + v.gap(owner.end(), Math.min(v.sentence.end(), owner.end() + 45));
        java.util.regex.Matcher m = POSSESSIVE_UNIT.matcher(tail);
        if (!m.lookingAt()) return;
        int at = owner.end() + m.end() - (genitive ? 1 : 0);
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() < owner.end() + 1) continue;
            if (r.start() == at && !r.id().equals(owner.id())) sink.add(v, r, Predicate.SPIN_OFF_OF, owner, "spinoff.possessive-unit", 0.75);
            return;
        }
    }

    /** "AWS, Amazon's cloud computing subsidiary,", "Amazon Web Services, Amazon's cloud arm": the company before belongs to the possessor. */
    private void possessiveApposition(SentenceView v, Ref parent, RelationSink sink) {
        Ref child = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() <= parent.start() && Rx.matches(v.gap(r.end(), parent.start()), ",\\s*")) child = r;
        }
        String after = v.gap(parent.end(), Math.min(v.sentence.end(), parent.end() + 45));
        if (child == null) {
            determinedUnit(v, parent, after, sink);
            return;
        }
        String tail = SentenceView.genitiveSurface(parent) ? "s" + after : after;
        if (UNIT_AFTER.matcher(tail).matches()) sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.possessive-apposition", 0.8);
    }

    private static final Pattern DETERMINED_BEFORE = Pattern.compile("(?iu),\\s*(another|an?|the|one of the|eine|ein|einer|die|der|das)"
            // "Isomorphic Labs, the London-based Alphabet subsidiary": a place compound may stand before the owner.
            + "\\s+((new|former|neue|neuen|frühere|ehemalige|[\\p{L}-]+-based)\\s+)?");
    /** "Core42, another G42 unit", "Vantage Studios, eine neue Ubisoft-Tochter", "Ninja Theory, the Microsoft-owned studio". */
    private static final Pattern UNIT_NOUN_AFTER = Pattern.compile("(?iu)(\\s+([\\p{L}-]+\\s+){0,2}?(unit|subsidiary|division|affiliate)\\b"
            + "(?!\\s+(of|for|at)\\b)|-(tochter|tochtergesellschaft|ableger|owned|controlled)\\b).*");

    /** "Core42, another G42 unit", "Vela, a Lumen subsidiary": the company before the apposition belongs to the one inside it. */
    private void determinedUnit(SentenceView v, Ref parent, String after, RelationSink sink) {
        Ref child = null;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.end() <= parent.start() && DETERMINED_BEFORE.matcher(v.gap(r.end(), parent.start())).matches()) child = r;
        }
        // "Auch IBM, die PayPal-Tochter Braintree und …": a compound before a name is that name's title, a list item.
        if (child != null && !child.id().equals(parent.id()) && UNIT_NOUN_AFTER.matcher(after).matches() && !nameAfterCompound(v, parent)) {
            sink.add(v, child, Predicate.SPIN_OFF_OF, parent, "spinoff.determined-unit", 0.75);
        }
    }

    private static boolean nameAfterCompound(SentenceView v, Ref parent) {
        if (parent.end() >= v.text.length() || v.text.charAt(parent.end()) != '-') return false;
        int wordEnd = parent.end() + 1;
        while (wordEnd < v.sentence.end() && Character.isLetter(v.text.charAt(wordEnd))) wordEnd++;
        for (Ref r : v.refs) if (r.start() > wordEnd && r.start() - wordEnd <= 2) return true;
        return false;
    }

    /** "Es entstand …", "Das Nebenprojekt von Y …", "The unit of Y": no name of its own opens the sentence. */
    private static final Pattern ANAPHOR_OPENING = Pattern.compile("(?iu)\\s*[„\"»]?(es|sie|er|it|they|das|die|der|dieses|diese|the|this|its|their|"
            + "seit|since|ursprünglich|originally|zunächst|first)\\b.*");

    private static boolean opensWithAnaphor(SentenceView v) {
        int end = Math.min(v.sentence.end(), v.sentence.start() + 40);
        return ANAPHOR_OPENING.matcher(v.text.substring(v.sentence.start(), end)).matches();
    }

    /** The organisation named before the cue, with no other organisation in between. */
    private static Ref childBefore(SentenceView v, Ref parent) {
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.start() >= parent.start()) break;
            // "emerged from Uber's Postmates": the possessor right before the parent describes it; the child stands before.
            // "BigBasket, owned by the Tata Group's digital arm Tata Digital": so does a possessor a few words before.
            if (v.possessive(r) && (parent.start() - r.end() <= 4 || POSSESSOR_DESCRIBES.matcher(v.gap(r.end(), parent.start())).matches())) break;
            if (r.is(EntityType.ORGANIZATION) && !r.id().equals(parent.id()) && !gluedToRelationNoun(v, r)) best = r;
            // "…, and Tomasz Wrona, who spent eight years in the offshore division of SSE": the unit is the person's
            // relative clause's, no company's before it.
            if (r.is(EntityType.PERSON) && best != null && Rx.matches(v.gap(r.end(), parent.start()), "\\s*,\\s*(who|der|die)\\s[^,;]*")) best = null;
        }
        // "WS Audiology, the group behind Signia and Widex that is based in Lynge, is controlled by EQT": a company before a
        // relative clause that closes the subject's apposition is not the subject; the company the sentence opens with is.
        if (best != null && APPOSITION_THEN_COPULA.matcher(v.gap(best.end(), parent.start())).matches()) {
            Ref first = v.refAfter(v.sentence.start());
            best = first != null && first.is(EntityType.ORGANIZATION) && first.start() < best.start()
                    && v.gap(first.end(), best.start()).startsWith(",") ? first : null;
        }
        return best;
    }

    private static final Pattern POSSESSOR_DESCRIBES = Pattern.compile("('s|’s|s|')?(\\s+[\\p{L}-]+){1,3}\\s+");
    private static final Pattern APPOSITION_THEN_COPULA = Pattern.compile("\\s+(that|which|who|der|die|das)\\s[^,;]*,\\s+"
            + "(is|was|has been|had been|ist|war|wird|wurde)\\s+[^,;]*");

    private static final Pattern RELATION_NOUN = Pattern.compile("-(mutter|mutterkonzerns?|muttergesellschaft|tochter|chefs?|chefin|"
            + "gründers?|gründerin|eigentümers?|parent|owner)\\b.*");

    /**
     * "der Google-Mutter Alphabet": a name glued to a noun of a relation describes the company named next; "des
     * Sony-Konzerns" names the company itself.
     */
    private static boolean gluedToRelationNoun(SentenceView v, Ref r) {
        return v.gluedToNoun(r) && RELATION_NOUN.matcher(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 24))).matches();
    }

    /** "Google and its parent Alphabet", "Instagram und seine Mutter Meta". */
    private static final Pattern AND_ITS_PARENT = Pattern.compile("\\s+(and|und)\\s+(its|seine|ihre|dessen|deren)\\s+(parent( company| group)?|"
            + "mutter(konzern|gesellschaft)?|owner|eigentümer)\\s+");

    private void andItsParent(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (int k = 1; k < orgs.size(); k++) {
            if (AND_ITS_PARENT.matcher(v.gap(orgs.get(k - 1).end(), orgs.get(k).start())).matches()) {
                sink.add(v, orgs.get(k - 1), Predicate.SPIN_OFF_OF, orgs.get(k), "spinoff.and-its-parent", 0.8);
            }
        }
    }

    private static final java.util.regex.Pattern CHILD_NOUN = java.util.regex.Pattern.compile(
            // "die L'Oréal-Marken Kérastase und Redken": a brand of the owner, or several.
            "(-tochter|-töchter|-subsidiary|'s subsidiary|s tochter|-ableger|-marke|-marken)\\s.*");
    /** "Kion's US unit Dematic", "Trumpf's venture arm, Trumpf Venture", "Kions US-Tochter Dematic": the owner's unit named next. */
    private static final java.util.regex.Pattern POSSESSIVE_UNIT = java.util.regex.Pattern.compile(
            "('s|’s|s|')\\s+((?!(and|or|und|oder|former|frühere|ehemalige)\\s)[\\p{L}-]+\\s+){0,2}"
            // "Pou Chens Tochtergesellschaft Yue Yuen": the German long form too.
            + "([\\p{L}-]*(subsidiary|unit|arm|division|tochter|tochtergesellschaft|sparte))\\b\\s*,?\\s*((the|die|der|das)\\s+)?");
    private static final java.util.regex.Pattern PARENT_NOUN = java.util.regex.Pattern.compile(
            // "des Google-Mutterkonzerns Alphabet": the genitive too.
            "(-mutter|-mutterkonzerns?|-muttergesellschaft|'s parent|'s parent company|s mutter|s mutterkonzerns?| parent| parent company"
            // "Der FanDuel-Eigentümer Flutter": the owner named after its unit.
            + "|’s parent|’s parent company|-eigentümers?|-eigentümerin)\\s.*");

    /**
     * A compound or possessive noun between two names: "die Alphabet-Tochter Waymo", "Alphabet's
     * subsidiary Waymo" (the first is the parent); "die Google-Mutter Alphabet", "Google's parent
     * Alphabet" (the first is the child).
     */
    private void compoundNoun(SentenceView v, Ref first, RelationSink sink) {
        int after = Math.min(v.sentence.end(), first.end() + 30);
        String tail = v.gap(first.end(), after);
        boolean child = CHILD_NOUN.matcher(tail).matches();
        if (!child && !PARENT_NOUN.matcher(tail).matches()) return;
        for (Ref r : v.of(EntityType.ORGANIZATION)) {
            if (r.start() > first.end() && r.start() - first.end() < (child ? 25 : 30)) {
                // "Die LVMH-Töchter Sephora und Louis Vuitton": every unit of the list.
                if (child) {
                    for (Ref u : tail.startsWith("-töchter") || tail.startsWith("-marken") ? FounderRules.orgList(v, r) : List.of(r)) {
                        if (!u.id().equals(first.id())) sink.add(v, u, Predicate.SPIN_OFF_OF, first, "spinoff.compound", 0.8);
                    }
                }
                else sink.add(v, first, Predicate.SPIN_OFF_OF, r, "spinoff.parent-compound", 0.8);
                return;
            }
        }
    }
}
