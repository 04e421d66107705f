package org.modekick.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * One command-line option, defined once: its names, its argument (none for a switch) and its usual
 * description, and its value read through it, so that no option name is spelt twice. A bad value is a
 * {@link UsageException} naming the option.
 *
 * @param shortName the one-letter name, or null
 * @param name the long name (--name)
 * @param argument the argument's name in the help, or null for a switch
 * @param description what the help says, unless a command says it otherwise ({@link #addTo(Options, String)})
 */
record Flag(String shortName, String name, String argument, String description) {

    /** --name ARGUMENT. */
    static Flag of(String name, String argument, String description) {
        return new Flag(null, name, argument, description);
    }

    /** --name, without an argument. */
    static Flag toggle(String name, String description) {
        return new Flag(null, name, null, description);
    }

    Options addTo(Options options) {
        return addTo(options, description);
    }

    Options addTo(Options options, String description) {
        Option.Builder b = shortName == null ? Option.builder() : Option.builder(shortName);
        b.longOpt(name).desc(description);
        if (argument != null) {
            b.hasArg().argName(argument);
        }
        return options.addOption(b.get());
    }

    /** Gives the option, already in {@code options}, another description there. */
    void describe(Options options, String description) {
        options.getOption(key()).setDescription(description);
    }

    /** The name Commons CLI knows the option by. */
    String key() {
        return shortName != null ? shortName : name;
    }

    boolean isSet(CommandLine line) {
        return line.hasOption(key());
    }

    /** The value, or null when not given. */
    String value(CommandLine line) {
        return line.getOptionValue(key());
    }

    String value(CommandLine line, String fallback) {
        return line.getOptionValue(key(), fallback);
    }

    /** Every value of a repeated option, in order; empty when not given. */
    List<String> values(CommandLine line) {
        String[] v = line.getOptionValues(key());
        return v == null ? List.of() : Arrays.asList(v);
    }

    long longValue(CommandLine line, long fallback) {
        String v = value(line);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs an integer, got '" + v + "'");
        }
    }

    /** An integer in [min, max]; {@code what} ends the error, e.g. "a positive integer". */
    int intValue(CommandLine line, int fallback, long min, long max, String what) {
        long v = longValue(line, fallback);
        if (v < min || v > max) {
            throw new UsageException("--" + name + " must be " + what);
        }
        return (int) v;
    }

    double doubleValue(CommandLine line, double fallback) {
        String v = value(line);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a finite number, got '" + v + "'");
        }
    }

    /** The form the help and errors use: --name, or -n for a one-letter option named so on the command line. */
    @Override
    public String toString() {
        return "--" + name;
    }
}
