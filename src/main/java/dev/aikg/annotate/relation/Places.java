package dev.aikg.annotate.relation;

import java.util.Set;

/**
 * Countries, regions and other places that are not cities, in German and English: "ein Startup aus
 * China" says nothing about a headquarters city.
 */
final class Places {
    static final Set<String> NOT_CITIES = Set.of("china", "usa", "us", "u.s.", "amerika", "america", "deutschland",
            "germany", "japan", "frankreich", "france", "grossbritannien", "großbritannien", "britain", "uk",
            "england", "europa", "europe", "asien", "asia", "indien", "india", "israel", "kanada", "canada",
            "südkorea", "korea", "south", "taiwan", "schweiz", "switzerland", "österreich", "austria", "italien",
            "italy", "spanien", "spain", "niederlanden", "netherlands", "holland", "schweden", "sweden", "russland",
            "russia", "kalifornien", "california", "texas", "silicon", "bayern", "bavaria", "festlandchina",
            "hongkong", "singapur", "singapore", "dem", "der", "den", "the", "den usa", "vereinigten", "united",
            "new", "übersee", "aller", "all", "nah", "fernost", "brasilien", "brazil", "australien", "australia",
            "polen", "irland", "ireland", "finnland", "finland", "dänemark", "denmark", "norwegen", "norway",
            "belgien", "belgium", "vietnam", "thailand", "indonesien", "indonesia", "saudi-arabien", "katar",
            "emirates", "emiraten", "afrika", "africa", "mexiko", "mexico");

    private Places() { }

    static boolean cityLike(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !NOT_CITIES.contains(word.toLowerCase());
    }
}
