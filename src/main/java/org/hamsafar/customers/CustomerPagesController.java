package org.hamsafar.customers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dashboard pages of the customers module: search and list, and the customer 360 (profile,
 * identities, demographics, psychographics, tags, consent, facts, the cross-channel timeline and merges).
 * Open to every signed-in user. Paging links are plain links (htmx only appends their rows).
 */
@Controller
@RequestMapping("/customers")
class CustomerPagesController {
    static final int PAGE_SIZE = 50;
    private static final int MAX_QUERY_LENGTH = 200;
    private final CustomerDirectory customers;
    private final Clock clock;

    CustomerPagesController(CustomerDirectory customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** One channel's share of a customer's interactions, for the channel mix bars. */
    public record ChannelShare(String key, long count, int percent) {
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) String cursor) {
        String query = shorten(q == null ? "" : q.strip());
        // A tag that is not a key can match no one: the page then lists without the filter.
        String tagKey = tag != null && Keys.isKey(tag.strip()) ? tag.strip() : null;
        Page<CustomerSummary> page;
        try {
            page = customers.search(query, tagKey, blankToNull(cursor), PAGE_SIZE);
        } catch (InvalidInputException badCursor) {
            page = customers.search(query, tagKey, null, PAGE_SIZE);
        }
        ModelAndView view = new ModelAndView("customers/list");
        view.addObject("q", query);
        view.addObject("tag", tagKey);
        view.addObject("page", page);
        view.addObject("moreUrl", page.nextCursor() == null ? null : UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", Optional.of(query).filter(s -> !s.isEmpty()))
                .queryParamIfPresent("tag", Optional.ofNullable(tagKey))
                .queryParam("cursor", page.nextCursor())
                .encode().build().toUriString());
        return view;
    }

    @GetMapping("/{id}")
    ModelAndView profile(@PathVariable String id, @RequestParam(required = false) String channel,
                         @RequestParam(required = false) String cursor) {
        Long requested = parseId(id);
        Optional<Long> live = requested == null ? Optional.empty() : customers.liveId(requested);
        if (live.isEmpty()) {
            return notFound();
        }
        long customerId = live.get();
        if (customerId != requested) {
            return new ModelAndView("redirect:/customers/" + customerId);
        }
        Optional<CustomerProfile> found = customers.find(customerId);
        if (found.isEmpty()) {
            return notFound();
        }
        CustomerProfile profile = found.get();
        String channelKey = channel == null ? null
                : Channel.fromKey(channel.strip().toLowerCase(Locale.ROOT)).map(Channel::key).orElse(null);
        Page<TimelineEntry> timeline;
        try {
            timeline = customers.timeline(customerId, channelKey, blankToNull(cursor), PAGE_SIZE);
        } catch (InvalidInputException badCursor) {
            timeline = customers.timeline(customerId, channelKey, null, PAGE_SIZE);
        }
        Map<String, Object> facts = customers.facts(customerId);
        List<ChannelShare> channelMix = channelMix(facts);
        List<String> filterChannels = new ArrayList<>(channelMix.stream().map(ChannelShare::key).toList());
        if (channelKey != null && !filterChannels.contains(channelKey)) {
            filterChannels.add(channelKey);
        }

        CustomerAttributes attributes = profile.attributes();
        String name = attributes.fullName();
        ModelAndView view = new ModelAndView("customers/profile");
        view.addObject("customer", profile);
        view.addObject("a", attributes);
        view.addObject("name", name.isEmpty() ? null : name);
        view.addObject("age", age(attributes.birthYear()));
        view.addObject("identities", identitiesByKind(profile.identities()));
        view.addObject("hasDemographics", hasDemographics(attributes));
        view.addObject("facts", facts);
        view.addObject("totalValue", decimal(facts.get("totalValue")));
        view.addObject("channelMix", channelMix);
        view.addObject("filterChannels", filterChannels);
        view.addObject("channel", channelKey);
        view.addObject("timeline", timeline);
        view.addObject("olderUrl", timeline.nextCursor() == null ? null : UriComponentsBuilder.newInstance()
                .queryParamIfPresent("channel", Optional.ofNullable(channelKey))
                .queryParam("cursor", timeline.nextCursor())
                .encode().build().toUriString());
        view.addObject("merges", customers.merges(customerId));
        view.addObject("tags", customers.tagDetails(customerId));
        return view;
    }

    private static ModelAndView notFound() {
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpStatus.NOT_FOUND.value());
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    private static Long parseId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** At most 200 characters, without cutting a character in two. */
    private static String shorten(String query) {
        if (query.length() <= MAX_QUERY_LENGTH) {
            return query;
        }
        int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
        return query.substring(0, end).strip();
    }

    private Integer age(Integer birthYear) {
        if (birthYear == null) {
            return null;
        }
        int age = Year.now(clock).getValue() - birthYear;
        return age >= 0 && age <= 130 ? age : null;
    }

    private static Map<String, List<String>> identitiesByKind(List<CustomerIdentity> identities) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (IdentityKind kind : IdentityKind.values()) {
            List<String> values = identities.stream().filter(i -> i.kind() == kind).map(CustomerIdentity::value).toList();
            if (!values.isEmpty()) {
                byKind.put(kind.key(), values);
            }
        }
        return byKind;
    }

    private static boolean hasDemographics(CustomerAttributes a) {
        return a.birthYear() != null || a.gender() != null || a.city() != null || a.province() != null
                || a.country() != null || a.language() != null || a.occupation() != null || a.education() != null
                || a.incomeBand() != null;
    }

    /** The channels the customer used, most used first, each with its share of all interactions. */
    private static List<ChannelShare> channelMix(Map<String, Object> facts) {
        if (!(facts.get("channels") instanceof Map<?, ?> channels)) {
            return List.of();
        }
        long total = 0;
        for (Object count : channels.values()) {
            total += count instanceof Number n ? n.longValue() : 0;
        }
        List<ChannelShare> shares = new ArrayList<>();
        for (Map.Entry<?, ?> entry : channels.entrySet()) {
            long count = entry.getValue() instanceof Number n ? n.longValue() : 0;
            int percent = total == 0 ? 0 : (int) Math.round(count * 100.0 / total);
            shares.add(new ChannelShare(String.valueOf(entry.getKey()), count, percent));
        }
        return shares;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
