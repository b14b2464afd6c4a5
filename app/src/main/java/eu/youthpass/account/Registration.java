package eu.youthpass.account;

import java.util.Locale;

/** What a newcomer enters on the registration page. */
public record Registration(String firstName, String lastName, String email, String password,
                           String organisationName, String organisationCountry, Locale locale) {
}
