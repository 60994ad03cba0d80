package org.sendreform.metrics.spend;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Spend tests share one grant year: each starts from the seeded plan and no actual spend. */
@ApplicationScoped
public class TestSpend {

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    EntityManager em;

    @Transactional
    public void reset() {
        em.createNativeQuery("delete from spend_actual_change").executeUpdate();
        em.createNativeQuery("delete from spend_actual").executeUpdate();
        em.createNativeQuery("delete from spend_submission").executeUpdate();
        em.createNativeQuery("delete from spend_plan_line where year <> 'FY2026-27'").executeUpdate();
        em.createNativeQuery("delete from audit_entry where aggregate_type = 'spend-plan-line'").executeUpdate();
    }

    @Transactional
    public long events(String type) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where type = ?1").setParameter(1, type)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long actualRows() {
        return count("select count(*) from spend_actual");
    }

    @Transactional
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    static RequestSpecification as(String token) {
        return given().config(DECIMALS).auth().oauth2(token).contentType("application/json");
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
