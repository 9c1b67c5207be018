package org.hamsafar.web;

import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.events.EventStore;
import org.hamsafar.identity.ApiKeys;
import org.hamsafar.identity.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's home: what the store holds right now. */
@Controller
class HomeController {
    private final CustomerDirectory customers;
    private final EventStore events;
    private final UserAccounts users;
    private final ApiKeys apiKeys;

    HomeController(CustomerDirectory customers, EventStore events, UserAccounts users, ApiKeys apiKeys) {
        this.customers = customers;
        this.events = events;
        this.users = users;
        this.apiKeys = apiKeys;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("customerCount", customers.count());
        model.addAttribute("eventCount", events.count());
        model.addAttribute("eventsByChannel", events.countByChannel());
        model.addAttribute("userCount", users.count());
        model.addAttribute("apiKeyCount", apiKeys.countActive());
        return "web/home";
    }

    @GetMapping("/login")
    String login() {
        return "web/login";
    }
}
