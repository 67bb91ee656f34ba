/**
 * The workspace database ({@code workspace.sqlite}, through sqlite-jdbc): scenes and FIRMS files catalogued,
 * quarantines, per-tile before-scene choices, pairs with their attempts and outcomes, nightly runs.
 * {@link org.corridorwatch.nightly.store.WorkspaceStore} owns the schema; the other classes are narrow views
 * on it. Every write is one transaction; nothing here knows about rasters or scanning.
 */
package org.corridorwatch.nightly.store;
