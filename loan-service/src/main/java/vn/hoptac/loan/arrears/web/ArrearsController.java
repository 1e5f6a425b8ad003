package vn.hoptac.loan.arrears.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.loan.arrears.application.ArrearsJob;
import vn.hoptac.loan.arrears.application.Portfolio;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;

/** The arrears ageing on demand, and the portfolio's figures as of any date. */
@RestController
@RequestMapping("/api/v1")
public class ArrearsController {

    private final ArrearsJob arrears;
    private final Portfolio portfolio;
    private final BusinessCalendar calendar;

    public ArrearsController(ArrearsJob arrears, Portfolio portfolio, BusinessCalendar calendar) {
        this.arrears = arrears;
        this.portfolio = portfolio;
        this.calendar = calendar;
    }

    record ArrearsRunRequest(@NotNull LocalDate businessDate) {
    }

    /** Runs the daily arrears ageing for a business date, e.g. to catch up a missed day. */
    @Allowed(Role.OPERATOR)
    @PostMapping("/arrears-runs")
    public ArrearsJob.Run runArrears(@Valid @RequestBody ArrearsRunRequest request, Actor actor) {
        return arrears.run(calendar.happened("businessDate", request.businessDate()), actor.id());
    }

    /** Outstanding principal, arrears and portfolio at risk over 30 days as of any business date. */
    @Allowed(Role.VIEWER)
    @GetMapping("/portfolio")
    public Portfolio.Figures portfolio(@RequestParam(required = false) LocalDate asOf) {
        return portfolio.asOf(calendar.orToday(asOf));
    }
}
