/**
 * What kind of screen a component is drawn on, for the few that behave differently on a kiosk
 * (sources named rather than linked, the map's credit said rather than linked). The root layout
 * sets an ordinary surface; the explorer sets its view-model, which owns the kiosk flag.
 */
import { createContext } from 'svelte';

export interface Surface {
	/** A public touch screen: no link may leave the map. */
	readonly kiosk: boolean;
}

const [getSurface, setSurface] = createContext<Surface>();
export { getSurface, setSurface };
