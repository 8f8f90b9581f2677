/** Performance mark set when the map first finishes drawing (MapLibre `idle`); read by `npm run bench`. */
export const FIRST_IDLE_MARK = 'atlas-map-idle';
