import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Vite empties dist/ on every build; the repository keeps dist/.gitkeep so that Go's
// //go:embed all:frontend/dist compiles on a fresh clone.
const keepDist = {
  name: 'keep-dist',
  closeBundle() {
    writeFileSync(fileURLToPath(new URL('./dist/.gitkeep', import.meta.url)), '')
  },
}

export default defineConfig({
  plugins: [vue(), keepDist],
  build: {
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
