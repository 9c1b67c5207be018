package org.hamsafar.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dashboard pages for admins: users, API keys (the secret is shown once) and the audit log. */
@Controller
@RequestMapping("/admin")
class AdminPagesController {
    private final UserAccounts users;
    private final ApiKeys apiKeys;
    private final AuditLog auditLog;

    AdminPagesController(UserAccounts users, ApiKeys apiKeys, AuditLog auditLog) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.auditLog = auditLog;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::key).toList());
        return "identity/users";
    }

    @PostMapping("/users")
    String createUser(@RequestParam String username, @RequestParam(required = false) String displayName,
                      @RequestParam(required = false) String email, @RequestParam String password,
                      @RequestParam String role, @RequestParam String language, RedirectAttributes redirect) {
        return outcome(redirect, "/admin/users", "users.created", () ->
                users.create(new UserAccounts.NewUser(username, displayName, email, password, role, language)));
    }

    @PostMapping("/users/{id}")
    String changeUser(@PathVariable UUID id, @RequestParam(required = false) String role,
                      @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) String password,
                      RedirectAttributes redirect) {
        String newPassword = password == null || password.isEmpty() ? null : password;
        return outcome(redirect, "/admin/users", "users.changed", () ->
                users.change(id, new UserAccounts.UserChanges(null, null, role, null, enabled, newPassword)));
    }

    @GetMapping("/api-keys")
    String apiKeys(Model model) {
        model.addAttribute("keys", apiKeys.list());
        model.addAttribute("scopes", Arrays.stream(ApiScope.values()).map(ApiScope::key).toList());
        return "identity/api-keys";
    }

    @PostMapping("/api-keys")
    String createKey(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
                     @RequestParam(required = false) String allowedOrigins, RedirectAttributes redirect) {
        List<String> origins = allowedOrigins == null || allowedOrigins.isBlank() ? List.of()
                : Arrays.stream(allowedOrigins.strip().split("\\s+")).toList();
        return outcome(redirect, "/admin/api-keys", "keys.created", () -> {
            ApiKeys.CreatedKey created = apiKeys.create(name, scopes == null ? List.of() : scopes, origins);
            redirect.addFlashAttribute("newSecret", created.secret());
            redirect.addFlashAttribute("newKeyName", created.key().name());
        });
    }

    @PostMapping("/api-keys/{id}/revoke")
    String revokeKey(@PathVariable UUID id, RedirectAttributes redirect) {
        return outcome(redirect, "/admin/api-keys", "keys.revokeDone", () -> apiKeys.revoke(id));
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String cursor, @RequestParam(required = false) String action, Model model) {
        String filter = action == null || action.isBlank() ? null : action;
        model.addAttribute("page", auditLog.page(cursor, filter, 50));
        model.addAttribute("action", filter);
        return "identity/audit";
    }

    /** Runs a change and reports it on the next page: success, field errors or a conflict, by message key. */
    private static String outcome(RedirectAttributes redirect, String page, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (InvalidInputException e) {
            Set<String> fields = new LinkedHashSet<>();
            for (FieldProblem problem : e.errors()) {
                fields.add(problem.field().replaceAll("\\[\\d+]", ""));
            }
            redirect.addFlashAttribute("errorFields", List.copyOf(fields));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.code());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("conflict", "not_found");
        }
        return "redirect:" + page;
    }

}
