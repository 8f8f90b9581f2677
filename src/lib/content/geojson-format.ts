/**
 * GeoJSON as reviewers read it in a diff: one property per line, one position per line.
 */
export function formatGeoJSON(value: unknown): string {
	const text = JSON.stringify(value, null, '\t');
	// Fold each [lon, lat] pair that JSON.stringify spread over four lines back onto one.
	return text.replace(/\[\s*(-?[\d.e+-]+),\s*(-?[\d.e+-]+)\s*\]/g, '[$1, $2]') + '\n';
}
