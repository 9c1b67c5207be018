package org.hamsafar.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.ForbiddenException;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception thrown under a REST controller into RFC 9457 problem+json. Bad input is a
 * 4xx naming the field and the reason; anything unexpected is a 500 without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return problem(Problems.validation(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid values.", e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return problem(Problems.validation(HttpStatus.BAD_REQUEST, "A parameter has the wrong type.",
                List.of(new FieldProblem(e.getName(), "must be a valid " + type))));
    }

    /** Security exceptions thrown by method checks answer like the filter chain does. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This key or user may not do that."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return problem(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "A valid API key is required."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        log.error("Unexpected error while handling an API request", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "The server could not complete the request. It has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(Problems.validation(HttpStatus.BAD_REQUEST, "The body has a field this endpoint does not know.",
                    List.of(new FieldProblem(JsonErrorPaths.pathOf(unknown), "unknown field"))));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "another type"
                    : JsonTypeNames.describe(mismatch.getTargetType());
            return problem(Problems.validation(HttpStatus.BAD_REQUEST, "A field has the wrong type.",
                    List.of(new FieldProblem(JsonErrorPaths.pathOf(mismatch), "must be " + expected))));
        }
        if (cause instanceof StreamReadException malformed) {
            String where = malformed.getLocation() == null || malformed.getLocation().getLineNr() < 1 ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json",
                    "The body is not valid UTF-8 JSON" + where + ": " + JacksonMessages.firstSentence(malformed.getOriginalMessage())));
        }
        if (cause instanceof JacksonException other) {
            return problem(Problems.validation(HttpStatus.BAD_REQUEST, "The body could not be read.",
                    List.of(new FieldProblem(JsonErrorPaths.pathOf(other), "has a value this endpoint cannot accept"))));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is missing or unreadable."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.validation(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid values.",
                fieldProblems(e.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return problem(Problems.validation(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid values.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("application/json");
        return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Content type " + e.getContentType() + " is not accepted here; send " + supported + "."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpStatus resolved = HttpStatus.resolve(status.value());
        HttpStatus safe = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        String detail = body instanceof ProblemDetail existing && existing.getDetail() != null
                ? existing.getDetail() : safe.getReasonPhrase();
        return problem(Problems.of(safe, slug(safe), detail));
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        result.getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return errors;
    }

    static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
