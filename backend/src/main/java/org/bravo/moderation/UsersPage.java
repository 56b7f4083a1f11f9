package org.bravo.moderation;

import java.util.List;

public record UsersPage(List<UserAdminView> items, String nextCursor) {}
