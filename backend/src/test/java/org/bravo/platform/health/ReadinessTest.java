package org.bravo.platform.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    @Test
    void eachServerIsCheckedByName() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("postgresql", "elasticsearch", "keycloak", "object-store"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'object-store' }.data.bucketExists", equalTo(true));
    }
}
