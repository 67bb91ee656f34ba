package org.corridorwatch.samples;

import java.util.Locale;

/**
 * The ground a convoy fire burns on, for the sweep's opt-in realism ({@link SweepOptions}): the material laid
 * under the attack scar in both dates and what char does to it. On bare ground (asphalt, laterite, sand) char
 * darkens every band by 40–55 % and leaves NBR where it was (bare laterite NBR ≈ −0.07 before and after: dNBR ≈ 0);
 * dry grass darkens almost as evenly (dNBR ≈ 0.05); green verge and woodland take the generator's classic char
 * (NBR ≈ −0.33, a large dNBR).
 */
public enum FireGround {
    ASPHALT(Spectrum.ASPHALT, new double[] {0.60, 0.58, 0.57, 0.57, 0.57, 0.57}),
    LATERITE(Spectrum.LATERITE, new double[] {0.55, 0.50, 0.50, 0.50, 0.50, 0.50}),
    SAND(Spectrum.SAND, new double[] {0.52, 0.47, 0.46, 0.46, 0.46, 0.46}),
    DRY_GRASS(Spectrum.DRY_GRASS, new double[] {0.60, 0.55, 0.50, 0.45, 0.48, 0.50}),
    GREEN_VERGE(Spectrum.GREEN_VEGETATION, null),
    WOODLAND(Spectrum.TREE, null);

    private final Spectrum material;
    private final double[] charFactor;

    FireGround(Spectrum material, double[] charFactor) {
        this.material = material;
        this.charFactor = charFactor;
    }

    /** The material under the scar (both dates). */
    public Spectrum material() {
        return material;
    }

    /** Per-band factor of fully charred ground (after = factor · before), or null for the classic char spectrum. */
    public double[] charFactor() {
        return charFactor == null ? null : charFactor.clone();
    }

    /** The name in case strings and truth files: lower case with hyphens. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The ground called {@code label} (as {@link #label()}). */
    public static FireGround of(String label) {
        for (FireGround g : values()) {
            if (g.label().equals(label)) {
                return g;
            }
        }
        return null;
    }
}
