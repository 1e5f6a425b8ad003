package vn.hoptac.campaign.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.campaign.Refusals.fields;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.plumbing.errors.ConflictException;

/** A publication's rules: a newsletter issue has its number, a press page its outlet, prepared in the plan's period, published once. */
class PublicationTest {

    static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    static final Period YEAR_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    static final Period ISSUE_44 = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 10));

    @Test
    void aNewsletterIssueHasItsNumberAndAPressPageItsOutlet() {
        assertThat(fields(() -> Publication.record("n1", "p1", 3, YEAR_2024, PublicationKind.NEWSLETTER_ISSUE,
                "Bản tin số 44", null, null, ISSUE_44, "68", TODAY, "a"))).containsExactly("issueNumber");
        assertThat(fields(() -> Publication.record("n1", "p1", 1, YEAR_2024, PublicationKind.PRESS_PAGE,
                "Chuyên trang HTX", 44, null, ISSUE_44, "68", TODAY, "a"))).containsExactly("issueNumber", "outlet");
        assertThat(fields(() -> Publication.record("n1", "p1", 3, YEAR_2024, PublicationKind.NEWSLETTER_ISSUE,
                "Bản tin số 45", 45, null, new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 30)), "68", TODAY, "a")))
                .containsExactly("preparedTo");
    }

    @Test
    void itIsPublishedOnceNotBeforeItsPreparationBegan() {
        Publication issue = Publication.record("n1", "p1", 3, YEAR_2024, PublicationKind.NEWSLETTER_ISSUE,
                "Bản tin Kinh tế hợp tác số 44", 44, null, ISSUE_44, "68", TODAY, "a").publication();
        assertThat(fields(() -> issue.publish(LocalDate.of(2024, 2, 28), TODAY, "a"))).containsExactly("publishedOn");
        assertThat(fields(() -> issue.publish(TODAY.plusDays(1), TODAY, "a"))).containsExactly("publishedOn");
        assertThat(issue.publish(LocalDate.of(2024, 4, 10), TODAY, "a").effectiveOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThatThrownBy(() -> issue.publish(LocalDate.of(2024, 4, 11), TODAY, "a")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Newsletter issue 44 was already published on 2024-04-10");
    }
}
