package org.sendreform.systemtest;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.specification.RequestSpecification;

/**
 * The running platform as a user meets it: the gateway, and tokens from the real Keycloak realm (client
 * credentials for the partner and analytics systems, the password grant of the demo realm for people).
 * Where it runs comes from the system properties deploy/system-test/run sets.
 */
final class Platform {

    static final String GATEWAY = System.getProperty("send.gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("send.keycloak", "http://localhost:8180");
    static final int KAFKA_PORT = Integer.getInteger("send.kafka.port", 9092);
    private static final String TOKEN_URL = KEYCLOAK + "/realms/send-reform/protocol/openid-connect/token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Platform() {
    }

    /** A machine client's token (client credentials; the demo realm's secret is "<client>-secret"). */
    static String client(String clientId) {
        return TOKENS.computeIfAbsent("client:" + clientId, k -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", clientId + "-secret")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    /** A person's token (the demo realm's users, password "demo", through the public client send-reform-cli). */
    static String user(String username) {
        return TOKENS.computeIfAbsent("user:" + username, k -> given().formParam("grant_type", "password")
                .formParam("client_id", "send-reform-cli").formParam("username", username).formParam("password", "demo")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    /** A request through the gateway with this bearer token. */
    static RequestSpecification as(String token) {
        return given().baseUri(GATEWAY).auth().oauth2(token);
    }

    static RequestSpecification anonymous() {
        return given().baseUri(GATEWAY);
    }

    /**
     * Asks deploy/local/up to stop (SIGUSR1) or start again (SIGUSR2) its Kafka broker, keeping everything else
     * running, and waits until the broker's port is closed or open.
     */
    static void kafka(boolean running) throws Exception {
        String pid = System.getProperty("send.platform.pid", "");
        if (pid.isBlank()) {
            throw new IllegalStateException("send.platform.pid is not set: run through deploy/system-test/run");
        }
        Process kill = new ProcessBuilder("kill", running ? "-USR2" : "-USR1", pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("could not signal deploy/local/up (pid " + pid + ")");
        }
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (kafkaPortOpen() != running) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Kafka did not " + (running ? "start" : "stop") + " within 90 s");
            }
            Thread.sleep(250);
        }
    }

    static boolean kafkaPortOpen() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", KAFKA_PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
