package eu.youthpass.project.number;

/**
 * A programme generation: which call years belong to it and how long its serial numbers are. Older projects keep the
 * older certificate layout, so the generation also decides which certificate is printed.
 */
public enum Generation {

    /**
     * Erasmus+ 2014–2020 and the Solidarity Corps 2018–2020. The last call year is 2021, not 2020, because numbers
     * like {@code 2021-3-LV02-KA105-999999} exist in the seed data; real ones seen so far end in 2020.
     */
    G2014_2020(2014, 2021, 6),
    G2021_2027(2021, 2027, 9);

    private final int firstCallYear;
    private final int lastCallYear;
    private final int serialDigits;

    Generation(int firstCallYear, int lastCallYear, int serialDigits) {
        this.firstCallYear = firstCallYear;
        this.lastCallYear = lastCallYear;
        this.serialDigits = serialDigits;
    }

    public int firstCallYear() {
        return firstCallYear;
    }

    public int lastCallYear() {
        return lastCallYear;
    }

    public int serialDigits() {
        return serialDigits;
    }

    public boolean includesCallYear(int year) {
        return year >= firstCallYear && year <= lastCallYear;
    }
}
