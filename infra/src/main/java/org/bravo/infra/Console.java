package org.bravo.infra;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines for whoever started the stack: a person at a terminal or the test log. */
final class Console {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {}

    static void info(String message) {
        System.out.println("[bravo " + LocalTime.now().format(TIME) + "] " + message);
        System.out.flush();
    }
}
