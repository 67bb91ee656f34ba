package org.corridorwatch.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.corridorwatch.TestSupport;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.evaluate.DnbrReference;
import org.corridorwatch.evaluate.PixelAgreement;
import org.corridorwatch.model.BandSet;
import org.corridorwatch.raster.GdalScene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The change-index half of the burn evidence (scene-centred dNBR thresholds, hysteresis regions, masks) on the
 * 18 real fires of calfire-s2-burn-pairs/post_only: a post-fire image (TCI, B8, B12), Google Earth Engine's
 * dNBR and the CAL FIRE perimeter, but no pre-fire image. The before date is the after date with NIR solved
 * so that NBR(before) = NBR(after) + dNBR: the change index equals GEE's dNBR and the darkening component sees
 * no change in the visible bands, so this measures the index chain alone, on fires it was not developed on.
 *
 * <p>The fires are split: {@link #TUNE} are those looked at to set {@code evidence.sigma_ceiling} (and CLEAR,
 * DOVE, KENNETH, the pairs); the others are the report set, run once with the ceiling chosen. docs/quality.md
 * has the table this prints.
 */
@Tag("realdata")
class PostOnlyFiresTest {
    static final Set<String> TUNE = Set.of("VALLEY_20240521", "HERNANDEZ_20240615", "FRENCH_20240704", "CODY_20240608",
            "APACHE_20240624", "CANAL_20240530", "GROVE_2_20240724", "RANCH_20240601", "SKY_20240619", "WATER_20240621",
            "CLEAR_20240626", "DOVE_20241019", "KENNETH_20250109");

    record Fire(String name, BandSet before, BandSet after, float[] dnbr, float[] truth, double pixelArea) {
    }

    record Outcome(String fire, PixelAgreement agreement, DnbrReference reference) {
    }

    static List<String> fires() throws IOException {
        try (Stream<Path> s = Files.list(dir().resolve("dnbr"))) {
            return s.map(p -> p.getFileName().toString().replace(".tif", "")).sorted().toList();
        }
    }

    static Path dir() {
        return TestSupport.dataset("calfire-s2-burn-pairs").resolve("post_only");
    }

    static Fire load(String fire) {
        float[][] post = new float[5][];
        int w;
        int h;
        double area;
        try (GdalScene p = GdalScene.open(dir().resolve("post_fire/" + fire + ".tif"))) {
            assertEquals(List.of("TCI_R", "TCI_G", "TCI_B", "B8", "B12"), p.bandNames(), fire);
            w = p.grid().width();
            h = p.grid().height();
            for (int b = 0; b < 5; b++) {
                post[b] = p.read(0, 0, w, h, b).band(0);
            }
            // EPSG:4326 pixel: metres at the scene's latitude
            double lat = Math.toRadians(p.grid().y(0, h / 2.0));
            double deg = p.grid().pixelWidth();
            area = (deg * 111_320 * Math.cos(lat)) * (deg * 110_574);
        }
        float[] dnbr;
        float[] truth;
        try (GdalScene d = GdalScene.open(dir().resolve("dnbr/" + fire + ".tif"));
             GdalScene m = GdalScene.open(dir().resolve("masks/" + fire + ".tif"))) {
            dnbr = d.read(0, 0, w, h, 0).band(0);
            truth = m.read(0, 0, w, h, 0).band(0);
        }
        int n = w * h;
        float[][] vis = new float[3][n];
        float[] nirBefore = new float[n];
        float[] nirAfter = new float[n];
        float[] swir = new float[n];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < 3; b++) {
                // TCI 255 = reflectance 0.25: CLEAR's TCI_G averages 99.0 where the pair's own B3 averages 0.0975;
                // the same in both dates
                vis[b][i] = post[b][i] / 255f * 0.25f;
            }
            nirAfter[i] = post[3][i] * 1e-4f;
            swir[i] = post[4][i] * 1e-4f;
            // SWIR2 kept, NIR solved: solving SWIR2 instead made burnt pixels black in SWIR2 before the fire, which
            // the water mask (MNDWI) then took for water
            float nbrBefore = (nirAfter[i] - swir[i]) / (nirAfter[i] + swir[i]) + dnbr[i];
            nirBefore[i] = nbrBefore > -0.99f && nbrBefore < 0.99f ? swir[i] * (1 + nbrBefore) / (1 - nbrBefore) : Float.NaN;
        }
        BandSet before = new BandSet(w, h, vis[2], vis[1], vis[0], null, nirBefore, null, swir);
        BandSet after = new BandSet(w, h, vis[2], vis[1], vis[0], null, nirAfter, null, swir);
        return new Fire(fire, before, after, dnbr, truth, area);
    }

    static Outcome run(String name) {
        Fire f = load(name);
        TileChangeDetector.Parameters params = TileChangeDetector.Parameters.DEFAULTS;
        TileChangeDetector.Prepared t = TileChangeDetector.prepare(f.before(), f.after(), null, null, params);
        SceneStatistics.Accumulator acc = new SceneStatistics.Accumulator();
        t.sampleInto(acc, 1);
        SceneStatistics stats = acc.result();
        TileChangeDetector.Result r = TileChangeDetector.detect(t, stats, f.pixelArea(), params);
        var e = r.evidence();
        long burnt = 0;
        long burntWater = 0;
        for (int i = 0; i < f.truth().length; i++) {
            if (f.truth()[i] > 0.5f) {
                burnt++;
                burntWater += t.mask()[i] == MaskCode.WATER ? 1 : 0;
            }
        }
        PixelAgreement a = PixelAgreement.of(r.regions().mask(), 0.5, f.truth());
        DnbrReference ref = DnbrReference.of(f.dnbr(), f.truth());
        System.out.printf(Locale.ROOT, "%-6s %-19s F1 %.4f (best single dNBR threshold %.4f at > %.3f) flagged %.3f, "
                        + "dNBR in/out %.3f/%.3f%s; centre %.3f, spread %.3f (pixel to pixel %.3f), bars %.3f/%.3f; "
                        + "burnt pixels masked as water %.1f %%%n",
                TUNE.contains(name) ? "tune" : "report", name, a.f1(), ref.bestF1(), ref.bestThreshold(),
                a.predictedFraction(), ref.meanInside(), ref.meanOutside(), ref.showsBurnSignal() ? "" : " (no burn signal)",
                e.centre(), stats.noiseSigma(), stats.pixelNoise(), e.weakThreshold(), e.strongThreshold(),
                100.0 * burntWater / Math.max(1, burnt));
        return new Outcome(name, a, ref);
    }

    @Test
    void everyFireThatShowsItselfIsFoundAndTheOneThatDoesNotIsLeftAlone() throws IOException {
        List<Outcome> all = new ArrayList<>();
        for (String fire : fires()) {
            all.add(run(fire));
        }
        assertEquals(18, all.size());
        for (boolean tune : new boolean[] {true, false}) {
            List<Outcome> set = all.stream().filter(o -> TUNE.contains(o.fire()) == tune && o.reference().showsBurnSignal())
                    .toList();
            double f1 = set.stream().mapToDouble(o -> o.agreement().f1()).average().orElseThrow();
            double best = set.stream().mapToDouble(o -> o.reference().bestF1()).average().orElseThrow();
            System.out.printf(Locale.ROOT, "%s set: %d fires that show their burn, mean F1 %.4f (best single thresholds %.4f)%n",
                    tune ? "tune" : "report", set.size(), f1, best);
            // measured 0.908 and 0.818 (docs/quality.md); within 0.03 of each set's best single thresholds' mean
            assertTrue(f1 >= best - 0.03, (tune ? "tune" : "report") + " set mean F1 " + f1 + " against " + best);
        }
        for (Outcome o : all) {
            if (o.reference().showsBurnSignal()) {
                // VALLEY was F1 0 before the ceiling: the bar had risen to 0.35/0.71 over its 0.18 burn
                assertTrue(o.agreement().f1() >= 0.5, o.fire() + " " + o.agreement());
            } else {
                assertTrue(o.agreement().predictedFraction() < 0.05, o.fire() + " " + o.agreement());
            }
        }
    }
}
