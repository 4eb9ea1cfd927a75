package org.socialworkr.api.mastodon.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What clients read before anything else, in Mastodon's and NodeInfo's shapes, open to visitors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InstanceIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void instanceV2HasMastodonsShapeAndLimits() throws Exception {
        HttpResponse<String> response = get("/api/v2/instance");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode instance = JSON.readTree(response.body());

        assertThat(instance.get("domain").asString()).isEqualTo("localhost");
        assertThat(instance.get("title").asString()).isEqualTo("SocialWorkr");
        assertThat(instance.get("version").asString()).startsWith("4.");
        JsonNode configuration = instance.get("configuration");
        assertThat(configuration.at("/statuses/max_characters").asInt()).isEqualTo(5000);
        assertThat(configuration.at("/statuses/max_media_attachments").asInt()).isEqualTo(4);
        assertThat(configuration.at("/urls/streaming").asString()).startsWith("ws");
        assertThat(configuration.at("/media_attachments/supported_mime_types").toString())
                .contains("image/jpeg");
        assertThat(instance.at("/registrations/enabled").asBoolean()).isTrue();
        assertThat(instance.at("/usage/users/active_month").isNumber()).isTrue();
        assertThat(instance.get("rules").isArray()).isTrue();
    }

    @Test
    void instanceV1HasMastodonsShape() throws Exception {
        HttpResponse<String> response = get("/api/v1/instance");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode instance = JSON.readTree(response.body());

        assertThat(instance.get("uri").asString()).isEqualTo("localhost");
        assertThat(instance.at("/urls/streaming_api").asString()).startsWith("ws");
        assertThat(instance.at("/stats/user_count").isNumber()).isTrue();
        assertThat(instance.at("/configuration/statuses/max_characters").asInt())
                .isEqualTo(5000);
        assertThat(instance.get("registrations").asBoolean()).isTrue();
    }

    @Test
    void customEmojisAreAnEmptyList() throws Exception {
        HttpResponse<String> response = get("/api/v1/custom_emojis");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void nodeInfoIsDiscoverable() throws Exception {
        JsonNode links = JSON.readTree(get("/.well-known/nodeinfo").body());
        assertThat(links.at("/links/0/rel").asString()).isEqualTo("http://nodeinfo.diaspora.software/ns/schema/2.0");
        String href = links.at("/links/0/href").asString();
        assertThat(href).endsWith("/nodeinfo/2.0");

        HttpResponse<String> response = get("/nodeinfo/2.0");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode nodeInfo = JSON.readTree(response.body());
        assertThat(nodeInfo.get("version").asString()).isEqualTo("2.0");
        assertThat(nodeInfo.at("/software/name").asString()).isEqualTo("socialworkr");
        assertThat(nodeInfo.at("/usage/users/total").isNumber()).isTrue();
        assertThat(nodeInfo.get("openRegistrations").asBoolean()).isTrue();
    }

    @Test
    void apiResponsesCarryRateLimitHeaders() throws Exception {
        HttpResponse<String> response = get("/api/v1/instance");
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("300");
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(response.headers().firstValue("X-RateLimit-Reset")).isPresent();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
