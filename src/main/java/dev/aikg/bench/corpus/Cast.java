package dev.aikg.bench.corpus;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The entities one article is about, chosen once so every paragraph returns to the same company,
 * startup and people, as a real story does. Real ones come from the lexicon, invented ones from
 * {@link NamePools}.
 */
final class Cast {
    final boolean german;
    final LocalDate published;
    final String city;
    final String company, rival, parent, investor, investor2, analystHouse, index;
    final EntityPools.Named ceo, founder, model, base, chip;
    final Person startupFounder, scientist, engineer, analyst;
    final String startup, startupStem;
    final String newModel, newModelDev;
    final String newChip, newChipMaker;

    Cast(EntityPools pools, SplittableRandom r, boolean german, LocalDate published) {
        this.german = german;
        this.published = published;
        city = Pick.one(r, german ? Words.CITIES_DE : Words.CITIES_EN);
        company = Pick.one(r, pools.listed);
        rival = other(r, pools.listed, company);
        parent = other(r, pools.companies, company);
        investor = Pick.one(r, pools.investors);
        investor2 = other(r, pools.investors, investor);
        analystHouse = Pick.one(r, pools.analystHouses);
        index = Pick.one(r, pools.indices);
        ceo = Pick.one(r, pools.ceos);
        founder = Pick.one(r, pools.founders);
        model = Pick.one(r, pools.models);
        EntityPools.Named b = Pick.one(r, pools.models);
        base = b.name().equals(model.name()) ? Pick.one(r, pools.models) : b;
        chip = Pick.one(r, pools.chips);
        startupFounder = NamePools.person(r);
        scientist = NamePools.person(r);
        engineer = NamePools.person(r);
        analyst = NamePools.person(r);
        startupStem = NamePools.stem(r);
        startup = NamePools.startup(r, startupStem, german);
        // Half the new models come from known families (the developer is then a real company),
        // half from the invented startup under an invented name.
        String[] family = Pick.one(r, NamePools.MODEL_FAMILIES);
        String familyDev = pools.orgName(family[1]);
        if (familyDev != null && r.nextBoolean()) {
            newModel = NamePools.familyModel(r, family[0]);
            newModelDev = familyDev;
        } else {
            newModel = NamePools.inventedModel(r);
            newModelDev = startup;
        }
        String[] line = Pick.one(r, NamePools.CHIP_LINES);
        String maker = pools.orgName(line[1]);
        newChip = NamePools.chip(r, line);
        newChipMaker = maker != null ? maker : chip.org();
    }

    private static String other(SplittableRandom r, java.util.List<String> list, String not) {
        for (int i = 0; i < 4; i++) {
            String s = Pick.one(r, list);
            if (!s.equals(not)) return s;
        }
        return list.get((list.indexOf(not) + 1) % list.size());
    }
}
