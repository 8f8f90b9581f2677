// See https://svelte.dev/docs/kit/types#app.d.ts
import type { AtlasTestHooks } from '$lib/map/test-hooks';

declare global {
	namespace App {}
	interface Window {
		/** Test builds only (see src/lib/map/test-hooks.ts). */
		jiadingAtlas?: AtlasTestHooks;
	}
}

export {};
