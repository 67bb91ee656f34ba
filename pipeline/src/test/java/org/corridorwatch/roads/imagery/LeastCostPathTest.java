package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LeastCostPathTest {

    @Test
    void followsTheCheapValleyAroundAWall() {
        // 5 x 4 grid: cost 1 everywhere, a cheap row 3 and an impassable wall in column 2 except on row 3
        int w = 5;
        int h = 4;
        float[] cost = new float[w * h];
        Arrays.fill(cost, 1f);
        for (int c = 0; c < w; c++) {
            cost[3 * w + c] = 0.01f;
        }
        cost[2] = Float.NaN;
        cost[w + 2] = Float.NaN;
        cost[2 * w + 2] = Float.NaN;
        boolean[] source = new boolean[w * h];
        boolean[] target = new boolean[w * h];
        source[0] = true;          // (0,0)
        target[4] = true;          // (4,0)
        int[] path = LeastCostPath.find(cost, w, h, source, target);
        assertEquals(0, path[0]);
        assertEquals(4, path[path.length - 1]);
        // it must pass the wall through (2,3), the only gap
        assertEquals(true, Arrays.stream(path).anyMatch(i -> i == 3 * w + 2));
        // and never step on the wall
        assertEquals(false, Arrays.stream(path).anyMatch(i -> Float.isNaN(cost[i])));
    }

    @Test
    void takesTheCheapestOfSeveralSourcesAndPrefersTheDiagonal() {
        int w = 3;
        int h = 3;
        float[] cost = new float[w * h];
        Arrays.fill(cost, 1f);
        boolean[] source = new boolean[w * h];
        boolean[] target = new boolean[w * h];
        source[0] = true;
        source[6] = true;
        target[8] = true;
        cost[6] = 5f; // the near source is expensive to leave: the diagonal from (0,0) costs 2√2 < 3 + ...
        int[] path = LeastCostPath.find(cost, w, h, source, target);
        assertArrayEquals(new int[] {0, 4, 8}, path);
    }

    @Test
    void unreachableTargetGivesAnEmptyPath() {
        float[] cost = {1f, Float.NaN, 1f};
        boolean[] source = {true, false, false};
        boolean[] target = {false, false, true};
        assertEquals(0, LeastCostPath.find(cost, 3, 1, source, target).length);
    }

    @Test
    void entryAndExitCostsAddToThePathAndTheCheapestEndWins() {
        // one row of 6 cells at cost 1, entered at cell 0; leaving at cell 5 is free, at cell 2 costs x
        float[] cost = {1f, 1f, 1f, 1f, 1f, 1f};
        float n = Float.NaN;
        float[] entry = {0f, n, n, n, n, n};
        assertEquals(6, LeastCostPath.find(cost, 6, 1, entry, new float[] {n, n, 4f, n, n, 0f}).length,
                "the far end (3 steps more) is cheaper than an exit costing 4");
        assertEquals(3, LeastCostPath.find(cost, 6, 1, entry, new float[] {n, n, 2f, n, n, 0f}).length,
                "an exit costing 2 is cheaper than 3 steps more");
        // entering later costs its entry cost
        assertArrayEquals(new int[] {3, 4, 5}, LeastCostPath.find(cost, 6, 1, new float[] {0f, n, n, 2.5f, n, n},
                new float[] {n, n, n, n, n, 0f}));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, LeastCostPath.find(cost, 6, 1,
                new float[] {0f, n, n, 3.5f, n, n}, new float[] {n, n, n, n, n, 0f}));
    }
}
