package org.hamsafar.journeys.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A map, version, stage or persona that does not exist is the dashboard's "not found" page, in the user's language. */
@ControllerAdvice(assignableTypes = {MapListController.class, MapEditorController.class, MapCellController.class,
        MapStageController.class, CompareController.class, PersonaPagesController.class})
class JourneyPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
