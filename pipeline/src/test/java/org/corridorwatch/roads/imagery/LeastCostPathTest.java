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
}
