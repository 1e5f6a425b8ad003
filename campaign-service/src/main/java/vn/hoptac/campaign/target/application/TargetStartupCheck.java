package vn.hoptac.campaign.target.application;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the service is up, the open targets are checked against what was kept before it last stopped. */
@Component
class TargetStartupCheck {

    private final TargetService targets;

    TargetStartupCheck(TargetService targets) {
        this.targets = targets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOpenTargets() {
        targets.checkOpenTargets();
    }
}
