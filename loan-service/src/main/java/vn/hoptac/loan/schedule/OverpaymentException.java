package vn.hoptac.loan.schedule;

import java.time.LocalDate;

/**
 * Refuses a repayment larger than what settles the loan on its date: the fund does not hold credit
 * balances, so the officer must take only the payoff amount (which this exception carries).
 */
public class OverpaymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String repaymentId;
    private final LocalDate on;
    private final long amount;
    private final long payoffAmount;

    public OverpaymentException(Repayment repayment, long payoffAmount) {
        super("Repayment " + repayment.id() + " of " + repayment.amount() + " VND on " + repayment.on()
                + " exceeds the payoff amount of " + payoffAmount + " VND on that day");
        this.repaymentId = repayment.id();
        this.on = repayment.on();
        this.amount = repayment.amount();
        this.payoffAmount = payoffAmount;
    }

    /** What would settle the loan on the repayment's date, in whole đồng: the most the fund may take. */
    public long payoffAmount() {
        return payoffAmount;
    }

    /** The refused repayment's id. */
    public String repaymentId() {
        return repaymentId;
    }

    /** The refused repayment's date. */
    public LocalDate on() {
        return on;
    }

    /** The refused repayment's amount, in whole đồng. */
    public long amount() {
        return amount;
    }
}
