package vn.hoptac.campaign;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoptac.campaign.gathering.persistence.GatheringDocument;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.campaign.plan.persistence.PlanDocument;
import vn.hoptac.campaign.publication.persistence.PublicationDocument;
import vn.hoptac.campaign.target.persistence.TargetDocument;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Province;
import vn.hoptac.plumbing.outbox.OutboxCollection;

@Configuration
class CampaignConfiguration {

    /** Plans, gatherings and publications carry their events until the relay publishes them. */
    @Bean
    OutboxCollection plansOutbox() {
        return new OutboxCollection(PlanDocument.COLLECTION);
    }

    @Bean
    OutboxCollection gatheringsOutbox() {
        return new OutboxCollection(GatheringDocument.COLLECTION);
    }

    @Bean
    OutboxCollection publicationsOutbox() {
        return new OutboxCollection(PublicationDocument.COLLECTION);
    }

    @Bean
    OutboxCollection targetsOutbox() {
        return new OutboxCollection(TargetDocument.COLLECTION);
    }

    /** The provinces a place may name, from the plumbing's reference data. */
    @Bean
    ProvinceRules provinceRules(AdministrativeUnits units) {
        Set<String> current = units.currentProvinces().stream().map(Province::code).collect(Collectors.toUnmodifiableSet());
        Map<String, String> successors = units.formerProvinces().stream().map(Province::code)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), code -> units.successorOf(code).orElseThrow().code()));
        return new ProvinceRules(current, successors);
    }
}
