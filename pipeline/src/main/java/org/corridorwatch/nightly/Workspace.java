package org.corridorwatch.nightly;

import org.corridorwatch.files.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.corridorwatch.model.OutputException;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.nightly.store.WorkspaceException;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * A workspace for overnight scans: {@code config/} (the scan configuration {@code corridorwatch.yaml}
 * and the nightly settings {@code nightly.yaml}, both editable), {@code inbox/} (drop scenes here),
 * {@code runs/} (one folder per night), {@code quarantine/} (files that could not be catalogued, each
 * with a {@code .reason.txt}), {@code firms/} (FIRMS exports; optional: workspaces made before it have
 * none until {@code workspace init} runs again) and one SQLite database {@code workspace.sqlite} holding the catalog,
 * the pairs, tile results, runs, candidates seen and the review decisions.
 */
public record Workspace(Path root) {
    public static final String DATABASE = "workspace.sqlite";
    public static final String LOCK = "nightly.lock";
    static final List<String> FOLDERS = List.of("config", "inbox", "runs", "quarantine");
    static final String FIRMS = "firms";

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path scanConfig() {
        return config().resolve("corridorwatch.yaml");
    }

    public Path nightlyConfig() {
        return config().resolve("nightly.yaml");
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path database() {
        return root.resolve(DATABASE);
    }

    public Path lockFile() {
        return root.resolve(LOCK);
    }

    /**
     * Creates a workspace (folders, configuration copies, database). An existing workspace is left as it
     * is, its missing parts created; its configuration files are never overwritten.
     */
    public static Workspace init(Path dir) {
        Workspace ws = new Workspace(dir);
        try {
            for (String f : FOLDERS) {
                Files.createDirectories(ws.root.resolve(f));
            }
            Files.createDirectories(ws.root.resolve(FIRMS));
            Path home = Installation.home();
            if (!Files.exists(ws.scanConfig())) {
                Path defaults = home.resolve("config/corridorwatch.yaml");
                Path temp = AtomicFiles.tempFor(ws.scanConfig());
                Files.copy(defaults, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, ws.scanConfig(), StandardCopyOption.ATOMIC_MOVE);
            }
            if (!Files.exists(ws.nightlyConfig())) {
                AtomicFiles.writeString(ws.nightlyConfig(), NightlyConfig.defaultYaml());
            }
        } catch (IOException e) {
            throw new OutputException(ws.root, "cannot create the workspace (" + e.getMessage() + ")",
                    "choose a writable directory");
        }
        WorkspaceStore.create(ws.database());
        return ws;
    }

    /** Opens an existing workspace; fails (exit code 11) when a folder, a configuration file or the database is missing. */
    public static Workspace open(Path dir) {
        Workspace ws = new Workspace(dir);
        if (!Files.isDirectory(ws.root)) {
            throw new WorkspaceException(ws.root, "is not a directory", "create it with 'corridorwatch workspace init DIR'");
        }
        for (String f : FOLDERS) {
            if (!Files.isDirectory(ws.root.resolve(f))) {
                throw new WorkspaceException(ws.root, "is not a CorridorWatch workspace (no " + f + "/ folder)",
                        "create it with 'corridorwatch workspace init " + dir + "'");
            }
        }
        if (!Files.isRegularFile(ws.database())) {
            throw new WorkspaceException(ws.root, "has no " + DATABASE, "run 'corridorwatch workspace init " + dir
                    + "' again: it creates what is missing and keeps the rest");
        }
        if (!Files.isRegularFile(ws.scanConfig()) || !Files.isRegularFile(ws.nightlyConfig())) {
            throw new WorkspaceException(ws.root, "misses config/corridorwatch.yaml or config/nightly.yaml",
                    "run 'corridorwatch workspace init " + dir + "' again: it restores the defaults of missing files");
        }
        WorkspaceStore.open(ws.database());
        return ws;
    }
}
