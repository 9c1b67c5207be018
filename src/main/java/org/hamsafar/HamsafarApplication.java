package org.hamsafar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HamsafarApplication {
    public static void main(String[] args) {
        SpringApplication.run(HamsafarApplication.class, args);
    }
}
