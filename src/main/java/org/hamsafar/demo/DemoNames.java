package org.hamsafar.demo;

import java.util.List;

/**
 * Names, places and categories the demo company draws from. Persian names carry a Latin spelling
 * for e-mail addresses; places carry their province and a weight close to their population.
 */
final class DemoNames {
    private DemoNames() {
    }

    record Name(String native_, String latin) {
    }

    record Place(String city, String province, String country, int weight) {
    }

    static final List<Name> IRANIAN_WOMEN = names(
            "زهرا:zahra", "فاطمه:fatemeh", "مریم:maryam", "سارا:sara", "نگار:negar", "مهسا:mahsa", "نازنین:nazanin",
            "الهام:elham", "پریسا:parisa", "شیرین:shirin", "لیلا:leila", "آزاده:azadeh", "هانیه:hanieh",
            "کیمیا:kimia", "ریحانه:reyhaneh", "سمیرا:samira", "نرگس:narges", "مینا:mina", "یاسمن:yasaman", "ترانه:taraneh",
            "بهاره:bahareh", "مژگان:mojgan", "رویا:roya", "سپیده:sepideh", "آیدا:aida", "فرشته:fereshteh");
    static final List<Name> IRANIAN_MEN = names(
            "علی:ali", "محمد:mohammad", "حسین:hossein", "رضا:reza", "مهدی:mehdi", "امیر:amir", "سعید:saeed",
            "حمید:hamid", "مجید:majid", "آرش:arash", "بهرام:bahram", "کاوه:kaveh", "پویا:pouya", "سینا:sina",
            "داریوش:dariush", "فرهاد:farhad", "کیان:kian", "بابک:babak", "میلاد:milad", "نیما:nima", "امید:omid",
            "یاسر:yaser", "مصطفی:mostafa", "احسان:ehsan", "پیمان:peyman", "هومن:houman");
    static final List<Name> IRANIAN_SURNAMES = names(
            "محمدی:mohammadi", "حسینی:hosseini", "احمدی:ahmadi", "رضایی:rezaei", "موسوی:mousavi", "کریمی:karimi",
            "جعفری:jafari", "رحیمی:rahimi", "کاظمی:kazemi", "صادقی:sadeghi", "قاسمی:ghasemi", "ابراهیمی:ebrahimi",
            "نوری:nouri", "طاهری:taheri", "اکبری:akbari", "مرادی:moradi", "یزدانی:yazdani", "شریفی:sharifi",
            "تهرانی:tehrani", "اصفهانی:esfahani", "شیرازی:shirazi", "تبریزی:tabrizi", "فرهادی:farhadi",
            "نیک‌نام:niknam", "پاکزاد:pakzad", "سلطانی:soltani", "بهرامی:bahrami", "زارعی:zarei", "امینی:amini",
            "خسروی:khosravi", "وحیدی:vahidi", "کرمانی:kermani");
    static final List<Name> INTERNATIONAL_WOMEN = names(
            "Emma:emma", "Olivia:olivia", "Sophie:sophie", "Anna:anna", "Laura:laura", "Elif:elif", "Zeynep:zeynep",
            "Sarah:sarah", "Mia:mia", "Layla:layla", "Hannah:hannah", "Chloe:chloe");
    static final List<Name> INTERNATIONAL_MEN = names(
            "James:james", "Lukas:lukas", "Daniel:daniel", "Omar:omar", "Can:can", "Emre:emre", "David:david",
            "Thomas:thomas", "Leon:leon", "Adam:adam", "Noah:noah", "Ryan:ryan");
    static final List<Name> INTERNATIONAL_SURNAMES = names(
            "Smith:smith", "Müller:mueller", "Yılmaz:yilmaz", "Brown:brown", "Schmidt:schmidt", "Kaya:kaya",
            "Wilson:wilson", "Martin:martin", "Al Mansouri:almansouri", "Taylor:taylor", "Fischer:fischer",
            "Demir:demir", "Rahimi:rahimi", "Karimi:karimi");

    static final List<Place> IRANIAN_PLACES = List.of(
            new Place("تهران", "تهران", "IR", 250), new Place("مشهد", "خراسان رضوی", "IR", 90),
            new Place("اصفهان", "اصفهان", "IR", 60), new Place("کرج", "البرز", "IR", 50),
            new Place("شیراز", "فارس", "IR", 50), new Place("تبریز", "آذربایجان شرقی", "IR", 45),
            new Place("قم", "قم", "IR", 35), new Place("اهواز", "خوزستان", "IR", 33),
            new Place("کرمانشاه", "کرمانشاه", "IR", 28), new Place("ارومیه", "آذربایجان غربی", "IR", 22),
            new Place("رشت", "گیلان", "IR", 20), new Place("زاهدان", "سیستان و بلوچستان", "IR", 18),
            new Place("کرمان", "کرمان", "IR", 17), new Place("همدان", "همدان", "IR", 16),
            new Place("یزد", "یزد", "IR", 15), new Place("اردبیل", "اردبیل", "IR", 14),
            new Place("بندرعباس", "هرمزگان", "IR", 14), new Place("اراک", "مرکزی", "IR", 13),
            new Place("زنجان", "زنجان", "IR", 11), new Place("ساری", "مازندران", "IR", 10),
            new Place("قزوین", "قزوین", "IR", 10), new Place("گرگان", "گلستان", "IR", 9),
            new Place("سنندج", "کردستان", "IR", 9), new Place("خرم‌آباد", "لرستان", "IR", 9),
            new Place("کیش", "هرمزگان", "IR", 3));
    static final List<Place> INTERNATIONAL_PLACES = List.of(
            new Place("Dubai", "Dubai", "AE", 30), new Place("Istanbul", "Istanbul", "TR", 25),
            new Place("Toronto", "Ontario", "CA", 15), new Place("Berlin", "Berlin", "DE", 12),
            new Place("London", "England", "GB", 12), new Place("Los Angeles", "California", "US", 10),
            new Place("Hamburg", "Hamburg", "DE", 6), new Place("Yerevan", "Yerevan", "AM", 5));

    static final List<String> OCCUPATIONS = List.of("engineer", "teacher", "student", "physician", "nurse", "shopkeeper",
            "software_developer", "accountant", "designer", "civil_servant", "driver", "homemaker", "lawyer",
            "sales", "manager", "retired", "freelancer", "researcher");
    static final List<String> EDUCATION = List.of("primary", "secondary", "diploma", "associate", "bachelor", "master", "doctorate");
    static final List<String> INCOME_BANDS = List.of("low", "lower_middle", "middle", "upper_middle", "high");
    static final List<String> INTERESTS = List.of("fashion", "electronics", "books", "sports", "travel", "cooking",
            "gaming", "beauty", "home_decor", "music", "cinema", "fitness", "photography", "gardening", "kids");
    static final List<String> VALUES = List.of("family", "tradition", "innovation", "sustainability", "value_for_money",
            "quality", "convenience", "health", "status");
    static final List<String> LIFESTYLES = List.of("urban", "commuter", "parent", "student_life", "remote_worker",
            "active", "homebody", "traveller", "night_owl");
    static final List<String> EMAIL_DOMAINS_IR = List.of("gmail.com", "yahoo.com", "chmail.ir", "outlook.com");
    static final List<String> EMAIL_DOMAINS_INTL = List.of("gmail.com", "outlook.com", "icloud.com", "proton.me");

    private static List<Name> names(String... pairs) {
        return java.util.Arrays.stream(pairs).map(p -> {
            int colon = p.indexOf(':');
            return new Name(p.substring(0, colon), p.substring(colon + 1));
        }).toList();
    }
}
