package org.corridorwatch.nightly;

import org.corridorwatch.nightly.store.Quarantined;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.firms.files.FirmsFiles;
import org.corridorwatch.firms.Hotspot;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.nightly.store.SourceStore;

/**
 * The FIRMS source of a workspace: every file of the FIRMS folder ({@code firms/} by default; CSV, JSON or
 * GeoJSON exports of NASA FIRMS, VIIRS or MODIS) not yet catalogued under the same path, size and time is
 * hashed (SHA-256) and read once with {@link FirmsFiles}: its detection count and UTC date range go to the
 * database. A file the reader rejects (not a FIRMS export, no usable row) is moved to {@code quarantine/}
 * with its reason like a bad scene, and the night goes on; malformed rows of an otherwise good file are
 * skipped and counted. Each scan receives the files whose date range meets its before/after dates
 * ({@link #relevant}); the scan then keeps the detections near the sites and between the dates.
 */
final class FirmsCatalog {
    /** What one pass did: files added, quarantined, already known. */
    record Result(List<SourceStore.FirmsRecord> added, List<Quarantined> quarantined, int known) {
    }

    private FirmsCatalog() {
    }

    static Path folder(Workspace ws, NightlyConfig nc) {
        return ws.root().resolve(nc.firmsFolder());
    }

    static Result catalog(Workspace ws, Path folder, SourceStore sources, String run, NightlyLog log) {
        if (!Files.isDirectory(folder)) {
            return new Result(List.of(), List.of(), 0);
        }
        List<SourceStore.FirmsRecord> added = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        int known = 0;
        for (Path f : SceneCatalog.listFiles(folder)) {
            SceneCatalog.Stamp st = SceneCatalog.Stamp.of(f);
            if (st == null) {
                continue;
            }
            String path = st.path();
            if (sources.knownFirms(path, st.size(), st.mtimeMs()).isPresent()) {
                known++;
                continue;
            }
            String id = SceneCatalog.sha256(f);
            Optional<String> existing = sources.firmsPath(id);
            if (existing.isPresent()) {
                log.info("firms: " + f.getFileName() + " is the same file as " + existing.get() + "; ignored");
                continue;
            }
            try {
                FirmsFile file = FirmsFiles.read(f);
                if (file.hotspots().isEmpty() && file.rowsSkipped() > 0) {
                    throw new org.corridorwatch.model.InputDataException(f, "no usable detection: all " + file.rowsRead()
                            + " rows are malformed, e.g. " + file.skippedExamples().get(0), "export the file again from FIRMS");
                }
                SourceStore.FirmsRecord r = new SourceStore.FirmsRecord(id, path, file.format(), file.hotspots().size(),
                        file.rowsSkipped(), file.hotspots().stream().map(Hotspot::date).min(LocalDate::compareTo).orElse(null),
                        file.hotspots().stream().map(Hotspot::date).max(LocalDate::compareTo).orElse(null), run);
                sources.insertFirms(r, st.size(), st.mtimeMs());
                added.add(r);
                log.info(String.format(Locale.ROOT, "firms: %s: %d detections (%s), %s to %s%s", f.getFileName(),
                        r.detections(), r.format(), r.dateMin(), r.dateMax(), r.rowsSkipped() > 0
                                ? ", " + r.rowsSkipped() + " malformed rows skipped, e.g. " + file.skippedExamples().get(0) : ""));
            } catch (CorridorWatchException | IllegalArgumentException e) {
                quarantined.add(SceneCatalog.quarantine(ws, sources, run, f, "firms", e.getMessage()));
                log.info("firms: quarantined " + f.getFileName() + ": " + e.getMessage());
            }
        }
        return new Result(added, quarantined, known);
    }

    /**
     * The catalogued files (still present) with a detection dated from {@code before - slackDays} to
     * {@code after + slackDays}, in catalog order; none when a date is unknown.
     */
    static List<Path> relevant(List<SourceStore.FirmsRecord> files, LocalDate before, LocalDate after, int slackDays) {
        List<Path> out = new ArrayList<>();
        if (before == null || after == null) {
            return out;
        }
        LocalDate from = before.minusDays(slackDays);
        LocalDate to = after.plusDays(slackDays);
        for (SourceStore.FirmsRecord r : files) {
            if (r.dateMin() != null && !r.dateMin().isAfter(to) && !r.dateMax().isBefore(from) && Files.exists(Path.of(r.path()))) {
                out.add(Path.of(r.path()));
            }
        }
        return out;
    }
}
