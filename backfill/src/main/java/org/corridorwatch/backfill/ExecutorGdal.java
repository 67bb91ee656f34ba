package org.corridorwatch.backfill;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.EnvironmentException;
import org.corridorwatch.raster.GdalRuntime;

/**
 * Before any pair: one small task per default-parallelism slot loads GDAL's JNI library, so a node without it fails
 * the backfill at start with one line naming the node, not with a storm of lost tasks.
 */
final class ExecutorGdal implements Function<Integer, String> {
    private static final long serialVersionUID = 1L;

    static void check(JavaSparkContext sc) {
        int n = sc.defaultParallelism();
        List<String> problems = sc.parallelize(IntStream.range(0, n).boxed().toList(), n).map(new ExecutorGdal())
                .filter(s -> !s.isEmpty()).distinct().collect();
        if (!problems.isEmpty()) {
            throw new EnvironmentException("GDAL's JNI library cannot be loaded on executor " + problems.get(0),
                    "run pipeline/scripts/gdal-jni.sh on that node or set spark.executor.extraLibraryPath to the folder holding libgdalalljni.so"
                            + " (spark-submit with --master local[N]: also give the jar as --driver-class-path, so GDAL's classes load once)");
        }
    }

    @Override
    public String call(Integer slot) throws Exception {
        try {
            GdalRuntime.ensureLoaded();
            return "";
        } catch (CorridorWatchException | LinkageError e) {
            return InetAddress.getLocalHost().getHostName() + ": " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
