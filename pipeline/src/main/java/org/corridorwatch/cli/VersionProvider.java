package org.corridorwatch.cli;

import org.corridorwatch.model.BuildInfo;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.raster.GdalRuntime;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: project, GDAL (native and Java classes), JTS and Java versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String gdal;
        try {
            gdal = GdalRuntime.ensureLoaded();
        } catch (CorridorWatchException e) {
            gdal = "unavailable (" + e.getMessage() + ")";
        }
        return new String[] {
            "CorridorWatch " + BuildInfo.projectVersion(),
            "GDAL " + gdal + " (Java bindings org.gdal:gdal:" + BuildInfo.gdalJavaVersion() + ")",
            "JTS " + BuildInfo.jtsVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
