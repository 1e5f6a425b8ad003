package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void aTrancheMustPayOutSomething() {
        assertThatThrownBy(() -> new Tranche(DAY, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new Tranche(DAY, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new Tranche(null, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on");
    }

    @Test
    void aRepaymentMustBringSomethingAndBeIdentified() {
        assertThatThrownBy(() -> new Repayment("r1", DAY, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new Repayment(" ", DAY, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> new Repayment("r1", null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on");
    }

    @Test
    void anInstalmentTotalIsPrincipalPlusInterestAndNeitherIsNegative() {
        assertThat(new Instalment(1, DAY, 6_944_444, 1_528_767).total()).isEqualTo(8_473_211);
        assertThatThrownBy(() -> new Instalment(1, DAY, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("principal");
        assertThatThrownBy(() -> new Instalment(1, DAY, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interest");
        assertThatThrownBy(() -> new Instalment(0, DAY, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number");
    }

    @Test
    void anAllocationTotalIsEveryPartOfTheRepayment() {
        assertThat(new Allocation(122_301, 104_877, 500_000).total()).isEqualTo(727_178);
        assertThatThrownBy(() -> new Allocation(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vietnameseMoneyIsWholeDongSoNoTypeCarriesAFraction() {
        List<Class<?>> types = List.of(LoanTerms.class, Tranche.class, Instalment.class, Repayment.class,
                Allocation.class, LoanPosition.class, RepaymentSchedule.class, LoanAccount.class,
                OverpaymentException.class, ArrearsBucket.class);
        List<String> fractional = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (isFractional(component.getType())) {
                        fractional.add(type.getSimpleName() + "." + component.getName());
                    }
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && isFractional(method.getReturnType())) {
                    fractional.add(type.getSimpleName() + "." + method.getName() + "()");
                }
            }
        }
        assertThat(fractional).isEmpty();
    }

    private static boolean isFractional(Class<?> type) {
        return type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class;
    }
}
