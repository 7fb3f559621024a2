package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The per-client query-time budget, on a clock the test moves. */
class QueryBudgetTest {
    private final AtomicLong now = new AtomicLong(Duration.ofHours(1).toNanos());
    private final QueryBudget budget = new QueryBudget(Duration.ofSeconds(60), 3, now::get);

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aClientWithinItsBudgetNeedNotWait() {
        assertThat(budget.waitBefore("a")).isZero();
        budget.charge("a", Duration.ofSeconds(59));
        assertThat(budget.waitBefore("a")).isZero();
    }

    @Test
    void aClientPastItsBudgetWaitsUntilItsOldQueryTimeIsAMinuteOld() {
        budget.charge("a", Duration.ofSeconds(30));
        advance(Duration.ofSeconds(20));
        budget.charge("a", Duration.ofSeconds(30));
        Duration wait = budget.waitBefore("a");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));

        advance(wait.minusNanos(1));
        assertThat(budget.waitBefore("a")).isPositive();
        advance(Duration.ofNanos(1));
        assertThat(budget.waitBefore("a")).isZero();
    }

    @Test
    void theBudgetIsPerClient() {
        budget.charge("a", Duration.ofSeconds(90));
        assertThat(budget.waitBefore("a")).isPositive();
        assertThat(budget.waitBefore("b")).isZero();
    }

    @Test
    void aMinuteLaterEverythingIsForgiven() {
        budget.charge("a", Duration.ofSeconds(600));
        assertThat(budget.waitBefore("a")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        advance(Duration.ofSeconds(61));
        assertThat(budget.waitBefore("a")).isZero();
        assertThat(budget.clients()).as("an idle client's record is dropped").isZero();
    }

    @Test
    void aFloodOfAddressesKeepsTheTableBounded() {
        for (int i = 0; i < 1000; i++) {
            budget.charge("10.0.0." + i, Duration.ofSeconds(1));
        }
        assertThat(budget.clients()).isEqualTo(3);
    }
}
