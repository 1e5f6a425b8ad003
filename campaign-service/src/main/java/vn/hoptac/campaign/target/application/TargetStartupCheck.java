package vn.hoptac.campaign.target.application;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the service is up, every target is recounted from the kept events (see {@link TargetService#recountAll}). */
@Component
class TargetStartupCheck {

    private final TargetService targets;

    TargetStartupCheck(TargetService targets) {
        this.targets = targets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recountAll() {
        targets.recountAll();
    }
}
