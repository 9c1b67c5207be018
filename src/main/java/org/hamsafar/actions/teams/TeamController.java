package org.hamsafar.actions.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Teams that own cases: names, manager, members in round-robin order")
class TeamController {
    private final TeamRepository teams;
    private final TeamAdministration administration;
    private final TeamDefinitionReader reader;
    private final UserAccounts users;

    TeamController(TeamRepository teams, TeamAdministration administration, TeamDefinitionReader reader, UserAccounts users) {
        this.teams = teams;
        this.administration = administration;
        this.reader = reader;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Every team, by key")
    List<TeamView> list() {
        Set<String> active = activeUsers();
        return teams.all().stream().map(team -> view(team, active)).toList();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One team", description = "`inactive` lists its manager or members who are no longer active users; routing skips them.")
    ResponseEntity<TeamView> get(@PathVariable String key) {
        if (!Keys.isKey(key)) {
            return BadPathKey.answer("key");
        }
        TeamRepository.StoredTeam team = teams.find(key).orElseThrow(() -> new NotFoundException("No team " + key));
        return ResponseEntity.ok(view(team, activeUsers()));
    }

    @PutMapping("/{key}")
    @Operation(summary = "Create or replace a team", description = """
            The key in the path is a key (a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-';
            else 400). Body: `nameFa` and `nameEn` (1-100 characters, required), `manager` (optional) and `members`
            (optional list, the round-robin order), each the name of an active dashboard user, no member twice. 201 when
            created, 200 when replaced; replacing keeps the round-robin where it stands. Audited.""")
    ResponseEntity<TeamView> put(@PathVariable String key, @RequestBody JsonNode body) {
        if (!Keys.isKey(key)) {
            return BadPathKey.answer("key");
        }
        TeamAdministration.Saved saved = administration.save(reader.read(key, body));
        TeamView view = view(saved.team(), activeUsers());
        return saved.created() ? ResponseEntity.created(URI.create("/api/v1/teams/" + key)).body(view) : ResponseEntity.ok(view);
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Delete a team", description = """
            409 while cases still being worked (new, acknowledged, in_progress) or routing rules name the team; resolved
            and closed cases keep its key as history. 404 for no such team. Audited.""")
    ResponseEntity<Void> delete(@PathVariable String key) {
        if (!Keys.isKey(key)) {
            return BadPathKey.answer("key");
        }
        administration.delete(key);
        return ResponseEntity.noContent().build();
    }

    private Set<String> activeUsers() {
        return users.list().stream().filter(UserAccount::enabled).map(UserAccount::username).collect(Collectors.toSet());
    }

    private static TeamView view(TeamRepository.StoredTeam stored, Set<String> active) {
        Team team = stored.team();
        List<String> inactive = Stream.concat(Stream.ofNullable(team.manager()), team.members().stream())
                .filter(user -> !active.contains(user)).distinct().toList();
        return TeamView.of(stored, inactive);
    }
}
