package dev.aikg.bench.corpus;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The values of template slots for one article: its cast's names, and numbers and dates drawn
 * fresh at each use so no two articles state the same facts.
 */
final class SlotValues implements Template.Values {
    private final Cast cast;
    private final SplittableRandom r;
    private final boolean de;

    SlotValues(Cast cast, SplittableRandom r) {
        this.cast = cast;
        this.r = r;
        this.de = cast.german;
    }

    @Override
    public void append(StringBuilder sb, Template.Slot slot) {
        if (slot.female() != null) {
            Boolean female = person(slot.key()).female();
            sb.append(Boolean.TRUE.equals(female) ? slot.female() : slot.male());
            return;
        }
        switch (slot.key()) {
            case "sfounder", "scientist", "engineer", "analyst" -> name(sb, person(slot.key()), slot.form());
            case "ceo" -> name(sb, new Person(cast.ceo.name(), null), slot.form());
            case "founder" -> name(sb, new Person(cast.founder.name(), null), slot.form());
            case "pct" -> Formats.decimal(sb, 5 + r.nextInt(150), de);
            case "bigpct" -> Formats.decimal(sb, 10 * (10 + r.nextInt(40)), de);
            case "bn" -> Formats.billions(sb, 2 + r.nextInt(200), r.nextInt(4) == 0, de, r.nextBoolean());
            case "mn" -> Formats.millions(sb, 5 * (4 + r.nextInt(180)), r.nextInt(3) == 0, de, r.nextBoolean());
            case "gpus" -> Formats.grouped(sb, 512L * (1 + r.nextInt(200)), de);
            case "params" -> sb.append(Pick.one(r, new String[] {"7", "8", "13", "32", "70", "120", "236", "405", "671"}));
            case "staff" -> Formats.grouped(sb, 20 + r.nextInt(1200), de);
            case "year" -> sb.append(2012 + r.nextInt(Math.max(1, cast.published.getYear() - 2012)));
            case "weekday" -> sb.append(Formats.weekday(Formats.tradingDay(cast.published.minusDays(r.nextInt(4))), de));
            case "date" -> Formats.date(sb, cast.published.minusDays(1 + r.nextInt(90)), de);
            case "month" -> month(sb);
            case "quarter" -> sb.append(Pick.one(r, de ? Words.QUARTERS_DE : Words.QUARTERS_EN));
            case "price" -> Formats.decimal(sb, 10 * (20 + r.nextInt(600)), de);
            case "agency" -> sb.append(Pick.one(r, Words.AGENCIES));
            case "photographer" -> sb.append(NamePools.person(r).name());
            default -> entity(sb, slot);
        }
    }

    private void entity(StringBuilder sb, Template.Slot slot) {
        String name = switch (slot.key()) {
            case "company" -> cast.company;
            case "rival" -> cast.rival;
            case "parent" -> cast.parent;
            case "investor" -> cast.investor;
            case "investor2" -> cast.investor2;
            case "house" -> cast.analystHouse;
            case "index" -> cast.index;
            case "ceoOrg" -> cast.ceo.org();
            case "founderOrg" -> cast.founder.org();
            case "model" -> cast.model.name();
            case "modelDev" -> cast.model.org();
            case "base" -> cast.base.name();
            case "chip" -> cast.chip.name();
            case "chipMaker" -> cast.chip.org();
            case "startup" -> cast.startup;
            case "stem" -> cast.startupStem;
            case "newModel" -> cast.newModel;
            case "newModelDev" -> cast.newModelDev;
            case "newChip" -> cast.newChip;
            case "newChipMaker" -> cast.newChipMaker;
            case "city" -> cast.city;
            default -> throw new IllegalStateException("unknown template slot: " + slot.key());
        };
        switch (slot.form()) {
            case "gen" -> Formats.genitive(sb, name, de);
            case "cmp" -> Formats.compound(sb, name);
            case "" -> sb.append(name);
            default -> throw new IllegalStateException("unknown slot form: " + slot.form());
        }
    }

    private Person person(String key) {
        return switch (key) {
            case "sfounder" -> cast.startupFounder;
            case "scientist" -> cast.scientist;
            case "engineer" -> cast.engineer;
            case "analyst" -> cast.analyst;
            default -> throw new IllegalStateException("not a person slot: " + key);
        };
    }

    private void name(StringBuilder sb, Person p, String form) {
        switch (form) {
            case "" -> sb.append(p.name());
            case "sur" -> sb.append(p.surname());
            case "gen" -> Formats.genitive(sb, p.surname(), de);
            default -> throw new IllegalStateException("unknown person form: " + form);
        }
    }

    private void month(StringBuilder sb) {
        LocalDate d = cast.published.plusMonths(1 + r.nextInt(8));
        sb.append(de ? Words.MONTHS_DE[d.getMonthValue() - 1] : Words.MONTHS_EN[d.getMonthValue() - 1]);
    }
}
