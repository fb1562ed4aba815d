package fi.polku.assistant.chat;

/** Whole numbers 0-99 written out in Finnish, as a resident might type them; the test's own, not the product's. */
final class FinnishNumbers {

    private static final String[] UNITS = {
        "nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"
    };

    private FinnishNumbers() {}

    static String words(int n) {
        if (n <= 10) {
            return UNITS[n];
        }
        if (n < 20) {
            return UNITS[n - 10] + "toista";
        }
        String tens = UNITS[n / 10] + "kymmentä";
        return n % 10 == 0 ? tens : tens + UNITS[n % 10];
    }
}
