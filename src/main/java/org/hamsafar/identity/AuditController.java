package org.hamsafar.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who did what: sign-ins, key changes and admin changes (admin scope)")
class AuditController {
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first", description = "Filter by `action` (e.g. sign_in_failed); page with `limit` (1-500) and `cursor`.")
    Page<AuditEntry> list(@RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(required = false) String action) {
        return auditLog.page(cursor, action, Cursors.limit(limit, 50, 500));
    }
}
