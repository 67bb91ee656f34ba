/**
 * The small shared model every stage depends on: immutable value types (pixel grids) and the one
 * exception family whose members say "your input is bad" as opposed to "we have a bug".
 *
 * <p>Nothing here touches GDAL, files or the CLI. Exit codes are defined once, in {@link
 * org.corridorwatch.model.ExitCode}, and every {@link org.corridorwatch.model.CorridorWatchException}
 * names the one it maps to.
 */
package org.corridorwatch.model;
