package org.hamsafar.actions.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A case or rule that does not exist is the dashboard's "not found" page, rendered by the error
 * page in the user's language inside the layout.
 */
@ControllerAdvice(assignableTypes = {CaseInboxController.class, CasePageController.class, RulePagesController.class})
class ActionPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
