package org.bravo.platform.security;

/**
 * Who is asking, reduced to what permission rules need. Features receive it instead of reading tokens, which keeps
 * their rules plain functions that unit tests can call.
 */
public record Viewer(String subject, boolean moderator, boolean admin) {

    /** Moderators and admins keep content clean: they may edit or delete anyone's. */
    public boolean canModerate() {
        return moderator || admin;
    }

    public boolean is(String otherSubject) {
        return subject.equals(otherSubject);
    }
}
