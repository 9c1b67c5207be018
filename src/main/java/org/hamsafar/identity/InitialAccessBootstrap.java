package org.hamsafar.identity;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a store without users, creates the admin (password from HAMSAFAR_ADMIN_PASSWORD, otherwise
 * generated and logged this once). Makes sure the key given in HAMSAFAR_API_KEY exists.
 */
@Component
@Order(0)
class InitialAccessBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialAccessBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final UserAccounts users;
    private final ApiKeys apiKeys;
    private final String adminPassword;
    private final String apiKey;

    InitialAccessBootstrap(UserAccounts users, ApiKeys apiKeys,
                           @Value("${hamsafar.admin-password:}") String adminPassword,
                           @Value("${hamsafar.api-key:}") String apiKey) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.adminPassword = adminPassword;
        this.apiKey = apiKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            boolean generated = adminPassword == null || adminPassword.isBlank();
            String password = generated ? generatePassword() : adminPassword;
            users.create(new UserAccounts.NewUser("admin", "Administrator", null, password, "admin", "fa"));
            if (generated) {
                log.warn("""

                        ================================================================
                          Created the admin user. Sign in at /login with
                            user:     admin
                            password: {}
                          This password is shown only now. Set HAMSAFAR_ADMIN_PASSWORD
                          to choose it yourself on a new store.
                        ================================================================""", password);
            } else {
                log.info("Created the admin user 'admin' with the password from HAMSAFAR_ADMIN_PASSWORD.");
            }
        }
        if (apiKey != null && !apiKey.isBlank() && apiKeys.ensureFixedAdminKey(apiKey.strip())) {
            log.info("Created an admin API key from HAMSAFAR_API_KEY.");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
