package org.hamsafar.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Dashboard users and their roles: admin, analyst, agent, viewer (admin scope)")
class UserController {
    private final UserAccounts users;

    UserController(UserAccounts users) {
        this.users = users;
    }

    record UserView(UUID id, String username, String displayName, String email, String role, String language,
                    boolean enabled, Instant createdAt) {
        static UserView of(UserAccount user) {
            return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.role().key(),
                    user.language(), user.enabled(), user.createdAt());
        }
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "Password at least 10 characters; role admin, analyst, agent or viewer; language fa or en.")
    ResponseEntity<UserView> create(@RequestBody UserAccounts.NewUser request) {
        UserAccount user = users.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
    }

    @GetMapping
    @Operation(summary = "All users")
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user", description = "Any of displayName, email, role, language, enabled, password. The last enabled admin cannot be demoted or disabled.")
    UserView change(@PathVariable UUID id, @RequestBody UserAccounts.UserChanges changes) {
        return UserView.of(users.change(id, changes));
    }
}
