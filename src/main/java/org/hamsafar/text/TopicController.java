package org.hamsafar.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/text/topics")
@Tag(name = "Text topics", description = "The topic taxonomy texts are matched against (read to list, admin to change)")
class TopicController {
    private final TextAnalysisService service;

    TopicController(TextAnalysisService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The topic taxonomy", description = """
            Every topic in display order: `key`, `labelFa`, `labelEn` and the words and phrases (`termsFa`, `termsEn`)
            that show a text talks about it.""")
    List<Map<String, Object>> list() {
        return TextResultsJson.topics(service.topics());
    }

    @PutMapping("/{key}")
    @Operation(summary = "Add or replace a topic", description = """
            Body `{"labelFa": "...", "labelEn": "...", "termsFa": ["..."], "termsEn": ["..."]}`. `key`: 1-48 lower-case
            letters, digits or _, starting with a letter; labels 1-200 characters; terms 1-100 characters each, at most
            300 per language, at least one in all. Texts analysed from now on use it; POST /api/v1/text/reanalyze
            applies it to stored texts. Answers the topic as stored.""")
    Map<String, Object> save(@PathVariable String key, @RequestBody TopicRequest request) {
        Topic topic = request.toTopic(key);
        service.saveTopic(topic);
        return TextResultsJson.topic(topic);
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Remove a topic", description = "404 if there is no such topic. Stored results keep their mentions until re-analysed.")
    ResponseEntity<Void> delete(@PathVariable String key) {
        service.deleteTopic(key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reset")
    @Operation(summary = "Restore the shipped default taxonomy", description = "Replaces every topic by the default ones; answers them.")
    List<Map<String, Object>> reset() {
        service.resetTopics();
        return TextResultsJson.topics(service.topics());
    }
}
