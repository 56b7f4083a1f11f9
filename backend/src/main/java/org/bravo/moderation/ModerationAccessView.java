package org.bravo.moderation;

import java.util.List;

/** Tells the web app that the caller may open moderation screens, and with which of their roles. */
public record ModerationAccessView(boolean canModerate, List<String> roles) {}
