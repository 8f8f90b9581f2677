// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface Window {
		/** Hooks for tests and benchmarks (see MapView). */
		jiadingAtlas?: {
			project: (lng: number, lat: number) => [number, number];
			camera: () => { center: [number, number]; zoom: number; moving: boolean };
		};
	}
}

export {};
