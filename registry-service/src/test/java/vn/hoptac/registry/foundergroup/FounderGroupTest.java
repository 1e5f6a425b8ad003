package vn.hoptac.registry.foundergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.registry.foundergroup.domain.CooperativeFounded;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.registry.foundergroup.domain.FounderGroupConversion;
import vn.hoptac.registry.organisation.domain.Sector;

/** The founder group's rules and the conversion arithmetic, without infrastructure. */
class FounderGroupTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static FounderGroup recordedOn(String id, LocalDate on) {
        return FounderGroup.record(id, "  Nhóm sáng lập   HTX Rau  ", " ", Sector.AGRICULTURE, null, on, "68", TODAY, "can.bo")
                .group();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void recordingTidiesTheNameAndTurnsBlankContactIntoNone() {
        var recording = FounderGroup.record("g1", "  Nhóm sáng lập   HTX Rau  ", " ", Sector.AGRICULTURE, null,
                date("2019-01-15"), "68", TODAY, "can.bo");

        assertThat(recording.group().name()).isEqualTo("Nhóm sáng lập HTX Rau");
        assertThat(recording.event().contact()).isNull();
        assertThat(recording.event().effectiveOn()).isEqualTo(date("2019-01-15"));
    }

    @Test
    void recordingNamesEveryBrokenField() {
        assertThatThrownBy(() -> FounderGroup.record("g1", " ", null, null, null, TODAY.plusDays(1), "68", TODAY, "can.bo"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors())
                        .extracting(InvalidFieldException.FieldError::field)
                        .containsExactlyInAnyOrder("name", "intendedSector", "recordedOn"));
    }

    @Test
    void adviceIsDatedBetweenTheRecordingAndTheFoundingAndNotInTheFuture() {
        FounderGroup group = recordedOn("g1", date("2019-01-15"));

        assertThat(group.advise("s1", date("2019-01-15"), "Điều lệ", "tu.van", "68", TODAY, "can.bo").effectiveOn())
                .isEqualTo(date("2019-01-15"));
        assertThatThrownBy(() -> group.advise("s2", date("2019-01-14"), "Điều lệ", "tu.van", "68", TODAY, "can.bo"))
                .hasMessageContaining("date");
        assertThatThrownBy(() -> group.advise("s2", TODAY.plusDays(1), "Điều lệ", "tu.van", "68", TODAY, "can.bo"))
                .hasMessageContaining("date");

        group.foundCooperative("org-1", date("2019-09-01"), "68", "can.bo");
        group.advise("s3", date("2019-09-01"), "Hồ sơ", "tu.van", "68", TODAY, "can.bo");
        assertThatThrownBy(() -> group.advise("s4", date("2019-09-02"), "Sau", "tu.van", "68", TODAY, "can.bo"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("founded its cooperative");
        assertThat(group.adviceSessions()).extracting(s -> s.sessionId()).containsExactly("s1", "s3");
    }

    @Test
    void linkingTheSameOrganisationAgainChangesNothingAndAnotherIsRefused() {
        FounderGroup group = recordedOn("g1", date("2019-01-15"));

        assertThat(group.foundCooperative("org-1", date("2019-09-01"), "68", "can.bo"))
                .containsExactly(new CooperativeFounded("g1", "68", date("2019-09-01"), "can.bo", "org-1"));
        assertThat(group.foundCooperative("org-1", date("2019-09-01"), "68", "can.bo")).isEmpty();
        assertThatThrownBy(() -> group.foundCooperative("org-2", date("2019-10-01"), "68", "can.bo"))
                .isInstanceOf(ConflictException.class);
        assertThat(group.organisationId()).isEqualTo("org-1");
        assertThat(group.foundedOn()).isEqualTo(date("2019-09-01"));
    }

    @Test
    void conversionIsFoundedByTheEndAmongAdvisedInThePeriodToFourPlaces() {
        FounderGroup founded = recordedOn("a", date("2019-01-01"));
        founded.advise("s", date("2019-03-01"), "t", "tu.van", "68", TODAY, "x");
        founded.foundCooperative("org-a", date("2019-12-31"), "68", "x");
        FounderGroup foundedLater = recordedOn("b", date("2019-01-01"));
        foundedLater.advise("s", date("2019-12-31"), "t", "tu.van", "68", TODAY, "x");
        foundedLater.foundCooperative("org-b", date("2020-01-01"), "68", "x");
        FounderGroup advisedBefore = recordedOn("c", date("2018-01-01"));
        advisedBefore.advise("s", date("2018-12-31"), "t", "tu.van", "68", TODAY, "x");

        var year = FounderGroupConversion.over(date("2019-01-01"), date("2019-12-31"),
                List.of(founded, foundedLater, advisedBefore));

        assertThat(year.groupsAdvised()).isEqualTo(2);
        assertThat(year.cooperativesFounded()).isEqualTo(1);
        assertThat(year.conversionRate()).isEqualByComparingTo("0.5");
        assertThat(year.conversionRate().scale()).isEqualTo(4);
        var twoOfThree = FounderGroupConversion.over(date("2018-01-01"), date("2020-12-31"),
                List.of(founded, foundedLater, advisedBefore));
        assertThat(twoOfThree.conversionRate()).hasToString("0.6667");
        assertThat(FounderGroupConversion.over(date("2017-01-01"), date("2017-12-31"), List.of(founded)).conversionRate())
                .hasToString("0.0000");
    }
}
