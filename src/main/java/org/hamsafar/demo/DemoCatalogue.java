package org.hamsafar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo retailer's catalogue: 40 products (key, Persian and English name, popularity weight) and
 * what is bought with what, so that basket analysis has real structure to find: a phone with its
 * case and screen protector, a laptop with a bag and a mouse, shampoo with conditioner, tea with
 * rock candy (nabat) and tea glasses, rice with saffron, sneakers with socks, a novel with a
 * bookmark. Purchase events list the product keys in their {@code products} property.
 */
final class DemoCatalogue {
    /** A product; {@code weight} is its relative popularity as the first item of a basket. */
    record Product(String key, String fa, String en, double weight) {
    }

    /** A companion bought with an anchor product with probability {@code chance}. */
    record Companion(String key, double chance) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("phone", "گوشی موبایل", "Smartphone", 3),
            new Product("phone-case", "قاب گوشی", "Phone case", 4),
            new Product("screen-protector", "محافظ صفحه", "Screen protector", 3),
            new Product("charger", "شارژر", "Charger", 3),
            new Product("power-bank", "پاوربانک", "Power bank", 2),
            new Product("earbuds", "هندزفری بی‌سیم", "Wireless earbuds", 3),
            new Product("laptop", "لپ‌تاپ", "Laptop", 1.5),
            new Product("laptop-bag", "کیف لپ‌تاپ", "Laptop bag", 1),
            new Product("mouse", "ماوس", "Mouse", 2),
            new Product("keyboard", "کیبورد", "Keyboard", 1),
            new Product("t-shirt", "تی‌شرت", "T-shirt", 5),
            new Product("jeans", "شلوار جین", "Jeans", 4),
            new Product("manto", "مانتو", "Manto (coat)", 3),
            new Product("scarf", "روسری", "Headscarf", 4),
            new Product("sneakers", "کفش ورزشی", "Sneakers", 3),
            new Product("socks", "جوراب", "Socks", 4),
            new Product("belt", "کمربند", "Belt", 1.5),
            new Product("shampoo", "شامپو", "Shampoo", 5),
            new Product("conditioner", "نرم‌کننده مو", "Conditioner", 2),
            new Product("face-cream", "کرم مرطوب‌کننده", "Moisturiser", 3),
            new Product("sunscreen", "کرم ضدآفتاب", "Sunscreen", 3),
            new Product("lipstick", "رژ لب", "Lipstick", 2.5),
            new Product("perfume", "عطر", "Perfume", 2),
            new Product("novel", "رمان", "Novel", 3),
            new Product("divan-hafez", "دیوان حافظ", "Divan of Hafez", 2),
            new Product("cookbook", "کتاب آشپزی", "Cookbook", 1.5),
            new Product("kids-book", "کتاب کودک", "Children's book", 2),
            new Product("bookmark", "نشانگر کتاب", "Bookmark", 1),
            new Product("black-tea", "چای سیاه", "Black tea", 6),
            new Product("nabat", "نبات", "Rock candy (nabat)", 3),
            new Product("tea-glasses", "استکان چای", "Tea glasses", 1.5),
            new Product("basmati-rice", "برنج ایرانی", "Persian rice", 5),
            new Product("saffron", "زعفران", "Saffron", 2.5),
            new Product("dates", "خرما", "Dates", 3),
            new Product("pistachios", "پسته", "Pistachios", 3),
            new Product("rice-cooker", "پلوپز", "Rice cooker", 1),
            new Product("kettle", "کتری برقی", "Electric kettle", 1.5),
            new Product("blender", "مخلوط‌کن", "Blender", 1),
            new Product("towel", "حوله", "Towel", 2),
            new Product("bedsheet", "ملحفه", "Bed sheet", 1.5));

    static final Map<String, List<Companion>> COMPANIONS = Map.ofEntries(
            Map.entry("phone", List.of(new Companion("phone-case", 0.65), new Companion("screen-protector", 0.55), new Companion("charger", 0.2))),
            Map.entry("phone-case", List.of(new Companion("screen-protector", 0.35))),
            Map.entry("laptop", List.of(new Companion("laptop-bag", 0.5), new Companion("mouse", 0.45), new Companion("keyboard", 0.1))),
            Map.entry("power-bank", List.of(new Companion("charger", 0.3))),
            Map.entry("jeans", List.of(new Companion("t-shirt", 0.45), new Companion("belt", 0.2))),
            Map.entry("sneakers", List.of(new Companion("socks", 0.55))),
            Map.entry("manto", List.of(new Companion("scarf", 0.5))),
            Map.entry("shampoo", List.of(new Companion("conditioner", 0.4))),
            Map.entry("face-cream", List.of(new Companion("sunscreen", 0.4))),
            Map.entry("novel", List.of(new Companion("bookmark", 0.3))),
            Map.entry("divan-hafez", List.of(new Companion("bookmark", 0.25))),
            Map.entry("black-tea", List.of(new Companion("nabat", 0.4), new Companion("tea-glasses", 0.15))),
            Map.entry("basmati-rice", List.of(new Companion("saffron", 0.35))),
            Map.entry("rice-cooker", List.of(new Companion("basmati-rice", 0.5))),
            Map.entry("dates", List.of(new Companion("pistachios", 0.3))));

    private static final double TOTAL_WEIGHT = PRODUCTS.stream().mapToDouble(Product::weight).sum();

    private DemoCatalogue() {
    }

    /**
     * A basket of {@code size} distinct products: a product drawn by popularity, then its companions
     * by their chances, then further products drawn the same way until the basket is full.
     */
    static List<String> basket(SplittableRandom random, int size) {
        List<String> basket = new ArrayList<>(size);
        while (basket.size() < size) {
            String anchor = popular(random);
            if (basket.contains(anchor)) {
                continue;
            }
            basket.add(anchor);
            for (Companion companion : COMPANIONS.getOrDefault(anchor, List.of())) {
                if (basket.size() < size && !basket.contains(companion.key()) && random.nextDouble() < companion.chance()) {
                    basket.add(companion.key());
                }
            }
        }
        return basket;
    }

    /** The properties of a purchase: its item count, the product keys and how it was paid. */
    static String purchaseProperties(SplittableRandom random, int items, String paymentMethod) {
        StringBuilder json = new StringBuilder("{\"items\":").append(items).append(",\"products\":[");
        List<String> products = basket(random, items);
        for (int i = 0; i < products.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"").append(products.get(i)).append('"');
        }
        return json.append("],\"paymentMethod\":\"").append(paymentMethod).append("\"}").toString();
    }

    private static String popular(SplittableRandom random) {
        double u = random.nextDouble() * TOTAL_WEIGHT;
        for (Product product : PRODUCTS) {
            u -= product.weight();
            if (u < 0) {
                return product.key();
            }
        }
        return PRODUCTS.get(PRODUCTS.size() - 1).key();
    }
}
