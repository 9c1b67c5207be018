package org.hamsafar;

import org.hamsafar.analytics.AnalyticsEvalCommand;
import org.hamsafar.text.TextBenchmarkCommand;
import org.hamsafar.text.TextEvalCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HamsafarApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(TextEvalCommand.NAME)) {
            System.exit(TextEvalCommand.run(args)); // a command line tool: no server, no store
        }
        if (args.length > 0 && args[0].equals(TextBenchmarkCommand.NAME)) {
            System.exit(TextBenchmarkCommand.run(args));
        }
        if (args.length > 0 && args[0].equals(AnalyticsEvalCommand.NAME)) {
            System.exit(AnalyticsEvalCommand.run(args));
        }
        SpringApplication.run(HamsafarApplication.class, args);
    }
}
