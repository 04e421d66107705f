package org.modekick.cli;

/** The command line asks for something impossible: exit code 2 and a pointer to --help. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
