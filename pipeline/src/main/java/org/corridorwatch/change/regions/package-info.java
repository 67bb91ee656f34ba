/**
 * From evidence pixels to regions: hysteresis growth from strong seeds into weak pixels, labelled with their
 * features in tile pixel coordinates ({@link org.corridorwatch.change.regions.BurnRegions},
 * {@link org.corridorwatch.change.regions.BurnRegion}).
 */
package org.corridorwatch.change.regions;
