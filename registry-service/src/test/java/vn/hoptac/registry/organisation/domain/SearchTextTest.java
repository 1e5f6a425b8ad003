package vn.hoptac.registry.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsIncludingDWithStroke() {
        assertThat(SearchText.fold("Đắk Nông")).isEqualTo("dak nong");
        assertThat(SearchText.fold("Hợp tác xã Chè Tân Hương")).isEqualTo("hop tac xa che tan huong");
        assertThat(SearchText.fold("đường ĐÔNG")).isEqualTo("duong dong");
    }

    @Test
    void decomposedInputFoldsAndTidiesLikeComposed() {
        String decomposed = Normalizer.normalize("Chè Tân Hương", Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo("che tan huong");
        assertThat(SearchText.tidyName(decomposed)).isEqualTo("Chè Tân Hương");
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(SearchText.words("HTX  Nông-nghiệp (Việt Lâm)")).containsExactly("htx", "nong", "nghiep", "viet", "lam");
    }

    @Test
    void regexCharactersNeverSurviveFolding() {
        assertThat(SearchText.fold(".*[a]+(b)?")).isEqualTo("a b");
    }
}
