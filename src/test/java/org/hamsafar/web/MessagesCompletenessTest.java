package org.hamsafar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamsafar.shared.Channel;
import org.hamsafar.identity.ApiScope;
import org.hamsafar.identity.Role;
import org.junit.jupiter.api.Test;

/** Every UI string exists in Persian and in English. */
class MessagesCompletenessTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesCompletenessTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void persianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> fa = load("messages_fa.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(fa)).as("keys missing in English").isSubsetOf(en);
        assertThat(new TreeSet<>(en)).as("keys missing in Persian").isSubsetOf(fa);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[] {"messages_fa.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            properties.stringPropertyNames().forEach(key ->
                    assertThat(properties.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Set<String> fa = load("messages_fa.properties").stringPropertyNames();

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(fa).containsAll(used);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() throws IOException {
        Set<String> fa = load("messages_fa.properties").stringPropertyNames();
        Set<String> needed = new HashSet<>();
        for (Channel channel : Channel.values()) {
            needed.add("channel." + channel.key());
        }
        for (Role role : Role.values()) {
            needed.add("role." + role.key());
        }
        for (ApiScope scope : ApiScope.values()) {
            needed.add("scope." + scope.key());
            needed.add("scope." + scope.key() + ".help");
        }
        for (String field : new String[] {"username", "password", "role", "language", "email", "displayName", "name",
                "scopes", "allowedOrigins"}) {
            needed.add("error.field." + field);
        }
        for (String conflict : new String[] {"user_exists", "last_admin", "not_found"}) {
            needed.add("conflict." + conflict);
        }

        assertThat(fa).containsAll(needed);
    }
}
