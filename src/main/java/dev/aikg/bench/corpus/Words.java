package dev.aikg.bench.corpus;

/** Fixed word lists of the two languages: places, calendar names, picture agencies. */
final class Words {
    private Words() { }

    static final String[] CITIES_DE = {"Berlin", "München", "Frankfurt", "Hamburg", "Zürich", "Wien", "Stuttgart",
            "Köln", "San Francisco", "New York", "Peking", "Shanghai", "Tokio", "Paris", "London", "Seoul"};
    static final String[] CITIES_EN = {"San Francisco", "New York", "Seattle", "Austin", "Boston", "London", "Toronto",
            "Singapore", "Beijing", "Shenzhen", "Tokyo", "Paris", "Berlin", "Seoul", "Taipei", "Bangalore"};
    static final String[] WEEKDAYS_DE = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    static final String[] WEEKDAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS_DE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};
    static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final String[] QUARTERS_DE = {"ersten", "zweiten", "dritten", "vierten"};
    static final String[] QUARTERS_EN = {"first", "second", "third", "fourth"};
    static final String[] AGENCIES = {"dpa", "Reuters", "AFP", "Getty Images", "imago", "picture alliance", "AP",
            "Bloomberg", "Shutterstock"};
}
