// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface Window {
		/** A small hook for tests and benchmarks: where a coordinate is on the map canvas. */
		jiadingAtlas?: { project: (lng: number, lat: number) => [number, number] };
	}
}

export {};
