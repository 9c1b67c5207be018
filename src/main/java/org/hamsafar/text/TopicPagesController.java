package org.hamsafar.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The topic taxonomy page: every signed-in user reads it; only admins add, edit, delete or reset
 * topics and re-analyse the stored texts (the forms carry the dashboard's CSRF token). Terms are
 * edited one per line; blank lines are ignored.
 */
@Controller
@RequestMapping("/text/topics")
class TopicPagesController {
    private final TextAnalysisService service;
    private final TextAnalysisWorker worker;

    TopicPagesController(TextAnalysisService service, TextAnalysisWorker worker) {
        this.service = service;
        this.worker = worker;
    }

    /** The edit form's values as typed, terms one per line. */
    public record TopicForm(String key, String labelFa, String labelEn, String termsFa, String termsEn, boolean isNew) {
        static TopicForm of(Topic topic) {
            return new TopicForm(topic.key(), topic.labelFa(), topic.labelEn(), String.join("\n", topic.termsFa()),
                    String.join("\n", topic.termsEn()), false);
        }

        static TopicForm blank() {
            return new TopicForm("", "", "", "", "", true);
        }

        TopicRequest request() {
            return new TopicRequest(labelFa, labelEn, lines(termsFa), lines(termsEn));
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
        }
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String edit, Authentication user) {
        TopicForm form = null;
        if (isAdmin(user) && edit != null) {
            Topic topic = new TopicTaxonomy(service.topics()).topic(edit);
            form = topic != null ? TopicForm.of(topic) : TopicForm.blank();
        }
        return page(form, Set.of());
    }

    @PostMapping
    ModelAndView save(@RequestParam(defaultValue = "") String key, @RequestParam(required = false) String labelFa,
                      @RequestParam(required = false) String labelEn, @RequestParam(required = false) String termsFa,
                      @RequestParam(required = false) String termsEn, @RequestParam(defaultValue = "false") boolean isNew,
                      Authentication user, RedirectAttributes redirect) {
        requireAdmin(user);
        TopicForm form = new TopicForm(key.strip(), labelFa, labelEn, termsFa, termsEn, isNew);
        try {
            service.saveTopic(form.request().toTopic(form.key()));
        } catch (InvalidInputException e) {
            Set<String> fields = new LinkedHashSet<>();
            for (FieldProblem problem : e.errors()) {
                fields.add(problem.field().replaceAll("\\[\\d+]", ""));
            }
            return page(form, fields);
        }
        redirect.addFlashAttribute("saved", form.key());
        return new ModelAndView("redirect:/text/topics");
    }

    @PostMapping("/{key}/delete")
    String delete(@PathVariable String key, Authentication user, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            service.deleteTopic(key);
            redirect.addFlashAttribute("deleted", key);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("missing", key);
        }
        return "redirect:/text/topics";
    }

    @PostMapping("/reset")
    String reset(Authentication user, RedirectAttributes redirect) {
        requireAdmin(user);
        service.resetTopics();
        redirect.addFlashAttribute("reset", true);
        return "redirect:/text/topics";
    }

    @PostMapping("/reanalyze")
    String reanalyze(Authentication user, RedirectAttributes redirect) {
        requireAdmin(user);
        redirect.addFlashAttribute("queued", service.reanalyzeAll());
        worker.wake();
        return "redirect:/text/topics";
    }

    private ModelAndView page(TopicForm form, Set<String> errorFields) {
        ModelAndView view = new ModelAndView("text/topics");
        view.addObject("topics", service.topics());
        view.addObject("form", form);
        view.addObject("errorFields", errorFields);
        view.addObject("status", service.status());
        return view;
    }

    static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static void requireAdmin(Authentication user) {
        if (!isAdmin(user)) {
            throw new AccessDeniedException("Only admins may change the topic taxonomy");
        }
    }
}
