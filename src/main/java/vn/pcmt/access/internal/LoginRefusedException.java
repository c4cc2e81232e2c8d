package vn.pcmt.access.internal;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password because the client address has failed too often. */
class LoginRefusedException extends AuthenticationException {

    LoginRefusedException() {
        super("Too many failed logins from this address");
    }
}
