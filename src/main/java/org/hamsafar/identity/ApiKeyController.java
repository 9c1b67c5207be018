package org.hamsafar.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for the API, with scopes ingest, read and admin (admin scope)")
class ApiKeyController {
    private final ApiKeys apiKeys;

    ApiKeyController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    record NewApiKey(String name, List<String> scopes, List<String> allowedOrigins) {
    }

    record ApiKeyView(UUID id, String name, String prefix, List<String> scopes, List<String> allowedOrigins,
                      String createdBy, Instant createdAt, Instant revokedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
        static ApiKeyView of(ApiKey key, String secret) {
            return new ApiKeyView(key.id(), key.name(), key.prefix(), key.scopes().stream().map(ApiScope::key).toList(),
                    key.allowedOrigins(), key.createdBy(), key.createdAt(), key.revokedAt(), secret);
        }
    }

    @PostMapping
    @Operation(summary = "Create a key", description = "The reply carries `secret` once; only its hash is stored. "
            + "`allowedOrigins` lists the web origins that may use an ingest key from a browser.")
    ResponseEntity<ApiKeyView> create(@RequestBody NewApiKey request) {
        ApiKeys.CreatedKey created = apiKeys.create(request.name(), request.scopes(), request.allowedOrigins());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + created.key().id()))
                .body(ApiKeyView.of(created.key(), created.secret()));
    }

    @GetMapping
    @Operation(summary = "All keys, active and revoked (without secrets)")
    List<ApiKeyView> list() {
        return apiKeys.list().stream().map(key -> ApiKeyView.of(key, null)).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a key", description = "Requests with it are refused from now on. Revoking twice is harmless.")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        apiKeys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
