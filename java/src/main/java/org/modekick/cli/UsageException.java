package org.modekick.cli;

/**
 * The command line is wrong: a missing or malformed option, values the command's settings refuse. Thrown by the
 * commands while they read their options, before any work; exit code 2 and a pointer to --help.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
