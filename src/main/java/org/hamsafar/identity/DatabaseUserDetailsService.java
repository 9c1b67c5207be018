package org.hamsafar.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs dashboard users in against the app_user table. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {
    private final UserRepository repository;

    DatabaseUserDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.Credentials credentials = repository.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(credentials.account().username())
                .password(credentials.passwordHash())
                .roles(credentials.account().role().name())
                .disabled(!credentials.account().enabled())
                .build();
    }
}
