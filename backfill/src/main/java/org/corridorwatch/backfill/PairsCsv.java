package org.corridorwatch.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridorwatch.model.InputDataException;

/** Reads PAIRS.csv: header {@code before,after} and optional {@code sensor}, {@code firms}; relative paths resolve against the file's folder. */
final class PairsCsv {
    private PairsCsv() {
    }

    static List<PairSpec> read(Path csv, String configFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new InputDataException(csv, "cannot be read: " + e.getMessage(), "give a CSV with header before,after");
        }
        if (lines.isEmpty()) {
            throw new InputDataException(csv, "is empty", "give a CSV with header before,after");
        }
        List<String> head = Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
        int b = head.indexOf("before");
        int a = head.indexOf("after");
        if (b < 0 || a < 0) {
            throw new InputDataException(csv, "has no before,after header (found " + head + ")", "make its first line before,after[,sensor,firms]");
        }
        int s = head.indexOf("sensor");
        int f = head.indexOf("firms");
        Path dir = csv.toAbsolutePath().getParent();
        List<PairSpec> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] v = lines.get(i).split(",", -1);
            if (v.length < head.size()) {
                throw new InputDataException(csv, "line " + (i + 1) + " has " + v.length + " fields, the header " + head.size(), "fix that line");
            }
            out.add(new PairSpec(resolve(dir, v[b]), resolve(dir, v[a]), s < 0 ? "" : v[s].trim(),
                    f < 0 || v[f].isBlank() ? "" : resolve(dir, v[f]), configFile));
        }
        return out;
    }

    private static String resolve(Path dir, String v) {
        String t = v.trim();
        return t.startsWith("/vsi") || t.contains("://") ? t : dir.resolve(t).normalize().toString();
    }
}
