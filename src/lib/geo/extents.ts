/**
 * The atlas's extents and distances, each named once: the map, the data checks, the basemap
 * build and the interface text all read them from here. No imports, so scripts run under tsx can
 * use it too.
 */

/** [west, south, east, north] in WGS-84 degrees. */
export type Extent = readonly [west: number, south: number, east: number, north: number];

/** The map's view limits: the reader cannot pan beyond them. */
export const VIEW_EXTENT: Extent = [120.9, 31.1, 121.72, 31.75];

/** The district with a margin of a few kilometres: curated places must lie inside. */
export const DISTRICT_EXTENT: Extent = [121.05, 31.19, 121.42, 31.54];

/**
 * Where basemap features may lie: everywhere the view can reach, so no part of any view is
 * without its context (the neighbouring districts, expressways and metro around the district).
 */
export const BASEMAP_EXTENT: Extent = VIEW_EXTENT;

/** What the basemap is clipped to when it is derived from the reference data (the same). */
export const BASEMAP_CLIP_EXTENT: Extent = BASEMAP_EXTENT;

/** Places within this distance of the One Axis are listed as near it, in km. */
export const AXIS_REACH_KM = 2;

/** An extent as named sides. */
export function extentSides([west, south, east, north]: Extent) {
	return { west, south, east, north };
}
