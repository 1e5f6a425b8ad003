package vn.hoptac.loan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The provincial Cooperative Development Support Fund (Quỹ hỗ trợ phát triển HTX) and the funds coordinated beside it. */
@SpringBootApplication
@EnableScheduling
public class LoanApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoanApplication.class, args);
    }
}
