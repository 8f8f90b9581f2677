import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Data tests build the whole atlas from the real seeds and geo files (seconds on 2 cores).
		testTimeout: 20_000,
		expect: { requireAssertions: true }
	}
});
