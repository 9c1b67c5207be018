package org.hamsafar.demo;

import java.time.Clock;
import org.hamsafar.customers.CustomerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo company once, on the first start of a store that holds no customers, unless
 * HAMSAFAR_DEMO=false. A store that ever had the demo loaded does not get it again.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
class DemoCompanyLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCompanyLoader.class);
    private final DemoProperties properties;
    private final DemoCompany demoCompany;
    private final DemoClosedLoop closedLoop;
    private final DemoJourneys journeys;
    private final DemoAnalytics analytics;
    private final DemoGoals goals;
    private final DemoLoadRepository loads;
    private final CustomerDirectory customers;
    private final Clock clock;

    DemoCompanyLoader(DemoProperties properties, DemoCompany demoCompany, DemoClosedLoop closedLoop, DemoJourneys journeys, DemoAnalytics analytics,
                      DemoGoals goals,
                      DemoLoadRepository loads, CustomerDirectory customers, Clock clock) {
        this.properties = properties;
        this.demoCompany = demoCompany;
        this.closedLoop = closedLoop;
        this.journeys = journeys;
        this.analytics = analytics;
        this.goals = goals;
        this.loads = loads;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || loads.loadedBefore() || customers.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoCompany.LoadResult result = demoCompany.load(properties.seed(), properties.customers(), properties.historyDays(), properties.activity());
        DemoClosedLoop.Loaded loop = closedLoop.load(properties.seed(), properties.agentPassword());
        DemoJourneys.Loaded designed = journeys.load();
        loads.recordLoad(clock.instant(), properties.seed(), result.customers(), result.events());
        log.info("Loaded the demo company: {} customers, {} events, {} survey responses, {} invitations in {} ms"
                        + " (HAMSAFAR_DEMO=false skips this).",
                result.customers(), result.events(), result.responses(), result.invitations(), (System.nanoTime() - started) / 1_000_000);
        log.info("Demo company's closed loop: {} agents and analysts (password: hamsafar.demo.agent-password), {} teams, {} alert rules,"
                + " {} past cases", loop.users(), loop.teams(), loop.rules(), loop.cases());
        log.info("Demo company's designed journeys: {} personas, {} journey maps", designed.personas(), designed.maps());
        log.info("Demo company's CX goals: {}", goals.load());
        analytics.queue();
    }
}
