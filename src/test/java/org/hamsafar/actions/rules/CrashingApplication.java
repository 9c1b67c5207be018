package org.hamsafar.actions.rules;

import org.hamsafar.HamsafarApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application, in a process of its own, that dies on the spot (no shutdown, no rollback
 * hooks: {@link Runtime#halt}) when the alert worker reaches the step named by the first
 * argument: what a power cut or {@code kill -9} does to it there.
 */
public final class CrashingApplication {

    private CrashingApplication() {
    }

    public static void main(String[] args) {
        AlertWorker.Step haltAt = AlertWorker.Step.valueOf(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        ConfigurableApplicationContext context = SpringApplication.run(HamsafarApplication.class, rest);
        context.getBean(AlertWorker.class).probe(step -> {
            if (step == haltAt) {
                Runtime.getRuntime().halt(137);
            }
        });
    }
}
