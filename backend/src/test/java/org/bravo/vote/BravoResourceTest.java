package org.bravo.vote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bravo.testing.Api;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BravoResourceTest {

    @Test
    void aBravoIsGivenOnceTakenBackAndListed() {
        long post = Api.createPost(Tokens.camille(), "practice", "Bravo simple", List.of());
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(Tokens.lucas())
                    .when()
                    .put("/api/v1/posts/" + post + "/bravo")
                    .then()
                    .statusCode(200)
                    .body("bravoCount", equalTo(1))
                    .body("bravoedByMe", equalTo(true));
        }
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post)
                .then()
                .body("bravoCount", equalTo(1))
                .body("bravoedByMe", equalTo(true));
        Api.get(Tokens.camille(), "/api/v1/posts/" + post + "/bravos")
                .then()
                .statusCode(200)
                .body("username", contains("lucas"))
                .body("[0].displayName", equalTo("Lucas Bernard"));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .delete("/api/v1/posts/" + post + "/bravo")
                .then()
                .statusCode(200)
                .body("bravoCount", equalTo(0))
                .body("bravoedByMe", equalTo(false));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .delete("/api/v1/posts/" + post + "/bravo")
                .then()
                .statusCode(200)
                .body("bravoCount", equalTo(0));
        Api.get(Tokens.camille(), "/api/v1/posts/" + post).then().body("bravoCount", equalTo(0));
    }

    @Test
    void nobodyApplaudsTheirOwnContent() {
        long post = Api.createPost(Tokens.camille(), "practice", "À moi", List.of());
        long comment = Api.comment(Tokens.lucas(), post, "À lui", null);
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .put("/api/v1/posts/" + post + "/bravo")
                .then()
                .statusCode(403)
                .body("code", equalTo("OWN_CONTENT"));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/comments/" + comment + "/bravo")
                .then()
                .statusCode(403)
                .body("code", equalTo("OWN_CONTENT"));
        given().auth()
                .oauth2(Tokens.camille())
                .when()
                .put("/api/v1/comments/" + comment + "/bravo")
                .then()
                .statusCode(200)
                .body("bravoCount", equalTo(1));
        Api.get(Tokens.lucas(), "/api/v1/posts/" + post + "/comments")
                .then()
                .body("[0].bravoCount", equalTo(1))
                .body("[0].bravoedByMe", equalTo(false));
    }

    @Test
    void missingContentIsNotFound() {
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/posts/999999999/bravo")
                .then()
                .statusCode(404)
                .body("code", equalTo("POST_NOT_FOUND"));
        given().auth()
                .oauth2(Tokens.lucas())
                .when()
                .put("/api/v1/comments/999999999/bravo")
                .then()
                .statusCode(404)
                .body("code", equalTo("COMMENT_NOT_FOUND"));
        given().when().put("/api/v1/posts/1/bravo").then().statusCode(401);
    }

    @Test
    void concurrentClicksCountExactly() throws Exception {
        long post = Api.createPost(Tokens.camille(), "practice", "Course aux bravos", List.of());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tokens.add(Tokens.of(TestUsers.create("fan", "paris-opera")));
        }
        // Every person clicks three times at once, all at the same moment: 12 people, 36 requests, 12 bravos.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (String token : tokens) {
            for (int click = 0; click < 3; click++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .when()
                            .put("/api/v1/posts/" + post + "/bravo")
                            .statusCode();
                }));
            }
        }
        start.countDown();
        for (Future<Integer> call : calls) {
            assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();
        Api.get(Tokens.camille(), "/api/v1/posts/" + post).then().body("bravoCount", equalTo(12));
        Api.get(Tokens.camille(), "/api/v1/posts/" + post + "/bravos").then().body("size()", equalTo(12));

        // And all taking it back at once leaves exactly zero.
        ExecutorService again = Executors.newFixedThreadPool(16);
        List<Future<Integer>> takeBacks = new ArrayList<>();
        for (String token : tokens) {
            takeBacks.add(again.submit(() -> given().auth()
                    .oauth2(token)
                    .when()
                    .delete("/api/v1/posts/" + post + "/bravo")
                    .statusCode()));
        }
        for (Future<Integer> call : takeBacks) {
            assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        again.shutdown();
        Api.get(Tokens.camille(), "/api/v1/posts/" + post).then().body("bravoCount", equalTo(0));
    }
}
