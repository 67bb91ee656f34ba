package org.corridorwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * An option value that parses but lies outside its documented range (e.g. {@code --threads 0}).
 * {@link FailureHandler} maps it to exit code 4 (bad configuration), not 2 (malformed usage).
 */
final class OptionRangeException extends ParameterException {
    private static final long serialVersionUID = 1L;

    OptionRangeException(CommandLine cl, String message) {
        super(cl, message);
    }
}
