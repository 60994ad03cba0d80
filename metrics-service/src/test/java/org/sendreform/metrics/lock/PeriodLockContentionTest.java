package org.sendreform.metrics.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;
import org.sendreform.platform.testing.Contention;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Locks and unlocks take no If-Match, so many people at once must still end in one state: a period locked by
 * twenty at once has one active lock (the others are told 409), and a lock unlocked by twenty at once keeps the
 * one unlock that won (the others are told 409), not whichever reason was written last.
 */
@QuarkusTest
class PeriodLockContentionTest {

    static final int PEOPLE = 20;

    @Inject
    TestMeasures measures;

    static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).toList();
    }

    @Test
    void twentyLocksOfOnePeriodAtOnceMakeOneLockAndTwentyUnlocksAtOnceOneUnlock() {
        String m = measures.create(Unit.COUNT, Period.Kind.MONTH, List.of("test-la"), List.of("all"));
        String lock = "{\"period\":\"FY2024-25-Q3\",\"measureCodes\":[\"" + m + "\"],\"reason\":\"Q3 return signed off\"}";
        List<Response> locks = Contention.atOnce(PEOPLE, person -> PeriodLockResourceTest.as(PeriodLockResourceTest.MANAGER)
                .body(lock).when().post("/api/v1/period-locks"));
        List<Integer> lockStatuses = statuses(locks);
        assertEquals(1, Contention.count(lockStatuses, 201), lockStatuses::toString);
        assertEquals(PEOPLE - 1, Contention.count(lockStatuses, 409), lockStatuses::toString);
        List<Integer> ids = PeriodLockResourceTest.as(PeriodLockResourceTest.MANAGER).when().get("/api/v1/period-locks")
                .then().statusCode(200).extract().path("findAll { it.measureCode == '" + m + "' }.id");
        assertEquals(1, ids.size(), ids::toString);

        List<Response> unlocks = Contention.atOnce(PEOPLE, person -> PeriodLockResourceTest.as(PeriodLockResourceTest.ADMIN)
                .body("{\"reason\":\"" + Contention.mark(person) + "\"}").when().post("/api/v1/period-locks/" + ids.get(0) + "/unlock"));
        List<Integer> unlockStatuses = statuses(unlocks);
        assertEquals(1, Contention.count(unlockStatuses, 200), unlockStatuses::toString);
        assertEquals(PEOPLE - 1, Contention.count(unlockStatuses, 409), unlockStatuses::toString);
        String winner = Contention.mark(unlockStatuses.indexOf(200));
        List<String> reasons = PeriodLockResourceTest.as(PeriodLockResourceTest.MANAGER).when().get("/api/v1/period-locks")
                .then().statusCode(200).extract().path("findAll { it.measureCode == '" + m + "' }.unlockReason");
        assertEquals(List.of(winner), reasons);
    }
}
