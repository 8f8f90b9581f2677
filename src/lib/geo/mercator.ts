/** Web Mercator's y of a latitude, in degrees of longitude at the equator (north up). */
export const mercatorY = (lat: number) =>
	(Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
