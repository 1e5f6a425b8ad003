package vn.hoptac.registry.organisation.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text folded for search: no diacritics, lower case, one space between words, so
 * {@code dak nong} finds {@code Đắk Nông}. Đ/đ need their own mapping: Unicode decomposition leaves
 * them whole.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        String bare = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Names as stored: NFC (so composed and decomposed input are the same name) with spaces tidied. */
    public static String tidyName(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
