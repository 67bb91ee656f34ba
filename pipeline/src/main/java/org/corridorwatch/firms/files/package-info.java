/**
 * The front door for FIRMS files of every form ({@link org.corridorwatch.firms.files.FirmsFiles}): text
 * exports go to {@code firms/FirmsReader}, shapefiles and other point layers are read through GDAL
 * ({@code raster/PointRecords}) and then checked by the same FIRMS rules.
 */
package org.corridorwatch.firms.files;
