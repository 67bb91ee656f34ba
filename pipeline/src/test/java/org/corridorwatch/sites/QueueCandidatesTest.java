package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.change.vehicles.QueueChains;
import org.corridorwatch.config.ScanConfig;
import org.junit.jupiter.api.Test;

/**
 * The queue term with the shipped defaults (weights.queue 0.6, report threshold 0.5): at 3 m a queue's chain is
 * measured shorter than the queue (its end trucks merge with the gaps, a gap over max_gap_m cuts it), so a chain of
 * 330 m (tune seed 5404: a 569 m queue measured 384 m) must be flagged, while the fragments of 190-265 m that a
 * broken queue also leaves stay below the threshold.
 */
class QueueCandidatesTest {
    private static final SiteParameters SITES = ScanConfig.loadDefault().sites();
    private static final QueueChains.Parameters Q = ScanConfig.loadDefault().queueChains();
    private static final double WEIGHT = SITES.weights().get("queue");

    @Test
    void aChainOf330MetresIsFlaggedAFragmentOf265IsNot() {
        assertEquals(0.6, WEIGHT, 1e-9);
        assertTrue(WEIGHT * QueueCandidates.term(330, false, SITES.vehicles(), Q) >= 0.5);
        assertTrue(WEIGHT * QueueCandidates.term(265, false, SITES.vehicles(), Q) < 0.5);
        assertEquals(0.0, QueueCandidates.term(150, false, SITES.vehicles(), Q), 1e-9);
        assertEquals(1.0, QueueCandidates.term(350, false, SITES.vehicles(), Q), 1e-9);
    }

    @Test
    void aQueueRunningOffTheSceneIsFullAtTheOffSceneLength() {
        assertEquals(1.0, QueueCandidates.term(Q.offSceneFullM(), true, SITES.vehicles(), Q), 1e-9);
        assertTrue(QueueCandidates.term(Q.offSceneFullM(), false, SITES.vehicles(), Q) < 1.0);
    }

    @Test
    void aDenseQueueIsFlaggedHoweverShort() {
        // high-res tune seed 5419: 6 trucks nose to tail over 72 m (85 m as a cluster), cut by the scene's edge
        assertTrue(WEIGHT * QueueCandidates.value(85, false, true, SITES.vehicles(), Q) >= 0.5);
        assertEquals(0.0, QueueCandidates.value(85, false, false, SITES.vehicles(), Q), 1e-9);
        assertEquals(QueueCandidates.term(265, false, SITES.vehicles(), Q),
                QueueCandidates.value(265, false, false, SITES.vehicles(), Q), 1e-9);
    }

    @Test
    void joinedGapsAreNamedInWords() {
        assertEquals("a gap of 141 m", QueueCandidates.gapsInWords(java.util.List.of(141.2)));
        assertEquals("gaps of 122 m, 130 m and 141 m", QueueCandidates.gapsInWords(java.util.List.of(122.0, 130.0, 141.0)));
    }
}
