/**
 * Repayment arithmetic of the provincial Cooperative Development Support Fund (Quỹ hỗ trợ phát triển
 * HTX): the schedule a cooperative agrees to at disbursement (giải ngân), how each repayment is split,
 * and how far a loan is behind (for recovery, thu hồi).
 *
 * <p>Conventions, kept everywhere so no fraction of a đồng ever appears:
 * <ul>
 *   <li>money is {@code long} whole Vietnamese đồng (VND);</li>
 *   <li>rates are nominal annual rates in basis points (720 = 7.20% a year);</li>
 *   <li>interest accrues actual/365 on the outstanding principal and is rounded half-up to whole đồng
 *       once per instalment, with exact integer arithmetic (never {@code double}).</li>
 * </ul>
 *
 * <p>Pure Java on purpose: no framework types, so the arithmetic can be tested and reused on its own.
 */
package vn.hoptac.loan.schedule;
