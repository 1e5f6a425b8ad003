package vn.hoptac.plumbing.web;

/**
 * The largest amount of money any request may name: 10^15 đồng (a million tỷ), far above any
 * alliance's fund (Thái Nguyên's charter capital was 36.52 tỷ) and far below what a {@code long} sum
 * of many such amounts could overflow. Whole đồng only: a fraction is refused when the body is read.
 */
public final class Amounts {

    public static final long MAX_VND = 1_000_000_000_000_000L;

    private Amounts() {
    }
}
