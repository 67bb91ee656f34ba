/**
 * The command line (picocli). Each subcommand is one {@code Callable<Integer>} class that parses its
 * options, turns them into domain objects in one place and calls the stages; it holds no pipeline
 * logic. {@link org.corridorwatch.cli.FailureHandler} maps the exception family of {@code model} to
 * the documented exit codes of {@link org.corridorwatch.model.ExitCode}. Output goes through the
 * command's own writers so tests can capture it.
 */
package org.corridorwatch.cli;
