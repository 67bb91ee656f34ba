package org.corridorwatch.nightly;

import org.corridorwatch.nightly.store.Quarantined;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.OutputException;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.SourceStore;
import org.corridorwatch.nightly.store.WorkspaceException;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * Catalogs the inbox: every file (recursively; hidden files, {@code .part}/{@code .tmp} names and GDAL
 * side-cars skipped; a Sentinel-2 {@code .SAFE} folder is one scene, identified by its product file) not yet catalogued under the same path, size and modification time is hashed
 * (SHA-256: the scene id) and surveyed ({@link SceneSurvey}) once. A file GDAL cannot read as a
 * georeferenced scene of a known sensor is moved to {@code quarantine/} with a {@code .reason.txt}
 * (the reason file is written first, so a crash leaves the scene in the inbox to retry), and the rest goes on.
 */
public final class SceneCatalog {
    /** What one catalog pass did. */
    record Result(List<SceneRecord> added, List<Quarantined> quarantined, int known, int duplicates) {
        Result plus(Result o) {
            List<SceneRecord> a = new ArrayList<>(added);
            a.addAll(o.added);
            List<Quarantined> q = new ArrayList<>(quarantined);
            q.addAll(o.quarantined);
            return new Result(a, q, known + o.known, duplicates + o.duplicates);
        }
    }

    /** A file moved to quarantine and why; paths relative to the workspace, {@code kind} "scene" or "firms". */
    private static final List<String> SKIPPED_SUFFIXES = List.of(".part", ".tmp", ".aux.xml", ".ovr", ".msk",
            ".reason.txt", ".crdownload");

    private SceneCatalog() {
    }

    static Result catalogInbox(Workspace ws, WorkspaceStore store, SourceStore sources, String run, SurveyParameters survey,
                               NightlyLog log) {
        return catalogFolder(ws, ws.inbox(), store, sources, run, survey, log);
    }

    /** Catalogs the files of a folder of the workspace (the inbox, or the VRTs of STAC items). */
    static Result catalogFolder(Workspace ws, Path folder, WorkspaceStore store, SourceStore sources, String run,
                                SurveyParameters survey, NightlyLog log) {
        List<Path> files;
        if (!Files.isDirectory(folder)) {
            return new Result(List.of(), List.of(), 0, 0);
        }
        files = listFiles(folder);
        List<SceneRecord> added = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        int known = 0;
        int duplicates = 0;
        for (Path f : files) {
            Stamp st = Stamp.of(f);
            if (st == null) {
                continue; // vanished while listing: the next run sees it again if it comes back
            }
            long size = st.size();
            long mtime = st.mtimeMs();
            String path = st.path();
            if (store.knownScene(path, size, mtime).isPresent()) {
                known++;
                continue;
            }
            String id = sha256(Sentinel2Product.identityFile(f));
            Optional<String> existing = store.scenePath(id);
            if (existing.isPresent()) {
                duplicates++;
                log.info("catalog: " + ws.root().relativize(f) + " is the same scene as " + existing.get() + "; ignored");
                continue;
            }
            try {
                SceneRecord r = SceneSurvey.survey(f, id, size, survey);
                store.insertScene(r, mtime, run);
                added.add(r);
                log.info(String.format(Locale.ROOT, "catalog: %s: %s, %s, %s", ws.root().relativize(f), r.sensorProfile(),
                        r.date() == null ? "undated" : r.date(), r.onCorridor()
                                ? String.format(Locale.ROOT, "%.0f%% cloud over the corridors", 100 * r.cloudFraction())
                                : "off the corridors"));
            } catch (CorridorWatchException | IllegalArgumentException e) {
                quarantined.add(quarantine(ws, sources, run, f, "scene", e.getMessage()));
                log.info("catalog: quarantined " + ws.root().relativize(f) + ": " + e.getMessage());
            }
        }
        return new Result(added, quarantined, known, duplicates);
    }

    /** What tells a file already catalogued: absolute path, size and modification time. */
    record Stamp(String path, long size, long mtimeMs) {
        /** The stamp of a file, or null when it vanished. */
        static Stamp of(Path f) {
            try {
                return new Stamp(f.toAbsolutePath().normalize().toString(), Files.size(f), Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The files of a folder (recursively) worth cataloguing, sorted; a Sentinel-2 product folder
     * ({@code .SAFE}) is one entry, never its band files.
     */
    static List<Path> listFiles(Path folder) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && Sentinel2Product.isProduct(dir)) {
                        if (candidate(dir)) {
                            out.add(dir);
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && candidate(file)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // vanished while listing: the next run sees it again
                }
            });
        } catch (IOException e) {
            throw new WorkspaceException(folder, "cannot be listed (" + e.getMessage() + ")", "check its permissions");
        }
        out.sort(null);
        return out;
    }

    private static boolean candidate(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && SKIPPED_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    /**
     * Moves a file to {@code quarantine/} and records it: the reason file first (naming the run), then the
     * move, then the database row. A run killed before the move leaves the file where it was (retried);
     * one killed between the move and the row is completed by {@link #adoptUnrecorded} when resumed.
     */
    static Quarantined quarantine(Workspace ws, SourceStore sources, String run, Path f, String kind, String reason) {
        String name = f.getFileName().toString();
        Path target = ws.quarantine().resolve(name);
        for (int i = 1; Files.exists(target); i++) {
            target = ws.quarantine().resolve(name + "." + i);
        }
        AtomicFiles.writeString(reasonFile(target), "file: " + f + "\nkind: " + kind + "\nreason: " + reason + "\nrun: " + run
                + "\nwhen: " + java.time.Instant.now() + "\nfix: correct or replace the file, then move it back into "
                + ws.root().relativize(f.getParent()) + "/\n");
        try {
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OutputException(f, "cannot be moved to quarantine (" + e.getMessage() + ")", "check the permissions of "
                    + ws.quarantine());
        }
        Quarantined q = new Quarantined(ws.root().relativize(f).toString(), ws.root().relativize(target).toString(), reason, kind);
        sources.recordQuarantine(run, q);
        return q;
    }

    /**
     * Records the files a killed attempt of {@code run} moved to quarantine without recording them (its reason
     * file names the run); returns how many.
     */
    static int adoptUnrecorded(Workspace ws, SourceStore sources, String run) {
        if (!Files.isDirectory(ws.quarantine())) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> s = Files.list(ws.quarantine())) {
            for (Path r : s.filter(p -> p.getFileName().toString().endsWith(".reason.txt")).sorted().toList()) {
                String fileName = r.getFileName().toString();
                Path target = r.resolveSibling(fileName.substring(0, fileName.length() - ".reason.txt".length()));
                String movedTo = ws.root().relativize(target).toString();
                java.util.Map<String, String> fields = fields(Files.readAllLines(r));
                if (!run.equals(fields.get("run")) || !Files.exists(target) || sources.quarantineRecorded(movedTo)) {
                    continue;
                }
                Path original = Path.of(fields.getOrDefault("file", target.toString()));
                String file = original.startsWith(ws.root()) ? ws.root().relativize(original).toString() : original.toString();
                sources.recordQuarantine(run, new Quarantined(file, movedTo, fields.getOrDefault("reason", "?"),
                        fields.getOrDefault("kind", "scene")));
                n++;
            }
        } catch (IOException e) {
            throw new WorkspaceException(ws.quarantine(), "cannot be read (" + e.getMessage() + ")", "check its permissions");
        }
        return n;
    }

    private static java.util.Map<String, String> fields(List<String> lines) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String l : lines) {
            int i = l.indexOf(": ");
            if (i > 0) {
                m.putIfAbsent(l.substring(0, i), l.substring(i + 2));
            }
        }
        return m;
    }

    private static Path reasonFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".reason.txt");
    }

    /** SHA-256 of a file's bytes, 64 hex digits. */
    static String sha256(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new WorkspaceException(f, "cannot be read (" + e.getMessage() + ")", "check its permissions");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
