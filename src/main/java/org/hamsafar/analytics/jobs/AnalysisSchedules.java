package org.hamsafar.analytics.jobs;

import java.time.ZoneId;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs analyses on a schedule: {@code hamsafar.analytics.schedule.<kind>=<cron>} (Spring's six-field
 * cron, e.g. {@code 0 0 3 * * *} for 03:00 every day) queues a job of that kind with its default
 * parameters. The times are in the display time zone ({@code hamsafar.display-time-zone}), the zone
 * whose days and months the analyses measure, not the server's. A malformed expression stops the
 * start-up with a message naming the property.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisSchedules implements SchedulingConfigurer {
    static final String PREFIX = "hamsafar.analytics.schedule.";
    private final AnalyticsJobs jobs;
    private final Environment environment;
    private final ZoneId zone;

    AnalysisSchedules(AnalyticsJobs jobs, Environment environment) {
        this.jobs = jobs;
        this.environment = environment;
        this.zone = ZoneId.of(environment.getProperty("hamsafar.display-time-zone", "Asia/Tehran"));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (String kind : jobs.kinds()) {
            String cron = environment.getProperty(PREFIX + kind);
            if (cron == null || cron.isBlank()) {
                continue;
            }
            if (!CronExpression.isValidExpression(cron.trim())) {
                throw new IllegalStateException(PREFIX + kind + " is not a valid cron expression: " + cron);
            }
            registrar.addCronTask(new CronTask(() -> jobs.submit(kind, null, "schedule"), new CronTrigger(cron.trim(), zone)));
        }
    }
}
