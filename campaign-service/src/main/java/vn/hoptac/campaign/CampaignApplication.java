package vn.hoptac.campaign;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alliance's campaigns: the Action Month for Cooperatives, work plans and programmes, and what happens in them. */
@SpringBootApplication
@EnableScheduling
public class CampaignApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignApplication.class, args);
    }
}
