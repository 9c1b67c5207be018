package org.hamsafar.shared.web;

import java.util.Locale;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page. Errors that never reached a controller (unknown routes, errors in
 * filters, container limits) come here: API paths and JSON clients get problem+json, browsers
 * get a friendly page in their language.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request, HttpServletResponse response) {
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith("/api/")) {
            // A browser opening an API URL still gets the API's answer, as JSON.
            return problem(request);
        }
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status.value());
        view.setStatus(status);
        return view;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String detail = switch (status) {
            case NOT_FOUND -> "No resource at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
            case METHOD_NOT_ALLOWED -> "This resource does not accept " + methodOf(request) + ".";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            case INTERNAL_SERVER_ERROR -> "The server could not complete the request. It has been logged.";
            default -> status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = Problems.of(status, ApiExceptionAdvice.slug(status), detail);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String original) {
            try {
                problem.setInstance(java.net.URI.create(original));
            } catch (IllegalArgumentException notAUri) {
                // The path had characters a URI may not hold; the problem is clear without it.
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String methodOf(HttpServletRequest request) {
        return request.getMethod().toUpperCase(Locale.ROOT);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
