package org.hamsafar.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A survey that does not exist is the dashboard's "not found" page: the status goes to the
 * container's error page, which renders it in the user's language inside the layout.
 */
@ControllerAdvice(assignableTypes = {SurveyPagesController.class, SurveyPreviewController.class, SurveyResultsPagesController.class,
        SurveyDistributionPagesController.class})
class FeedbackPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
