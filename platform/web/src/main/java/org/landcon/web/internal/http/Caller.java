package org.landcon.web.internal.http;

import org.landcon.store.model.Session;
import org.landcon.store.model.User;

/** Who makes a request: the user and the session, or neither for an anonymous caller. */
public record Caller(User user, Session session) {

    public static final Caller ANONYMOUS = new Caller(null, null);

    public boolean anonymous() {
        return user == null;
    }

    public String username() {
        return user == null ? null : user.username();
    }
}
