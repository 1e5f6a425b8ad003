package vn.hoptac.plumbing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.PreconditionRequiredException;

class VersionsTest {

    @Test
    void readsStrongAndWeakEtags() {
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch("W/\"12\"")).isEqualTo(12);
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void aMissingIfMatchIsRequiredAndAForeignOneMatchesNothing() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch(" ")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"")).isInstanceOf(PreconditionFailedException.class);
    }
}
