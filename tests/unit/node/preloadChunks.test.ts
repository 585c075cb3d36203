import { describe, expect, it } from 'vitest';
import { preloadFiles, type ChunkInfo } from '../../../src/lib/node/preloadChunks.ts';

// A bundle shaped like Vite's: the entry, a lazily imported layout chunk and the chunks they share.
const bundle: ChunkInfo = {
  'assets/index.js': {
    type: 'chunk',
    facadeModuleId: '/app/index.html',
    imports: ['assets/d3-scale.js'],
  },
  'assets/networkLayout.js': {
    type: 'chunk',
    facadeModuleId: '/app/src/lib/layout/networkLayout.ts',
    imports: ['assets/d3-timer.js', 'assets/d3-scale.js'],
  },
  'assets/d3-timer.js': { type: 'chunk', facadeModuleId: null, imports: [] },
  'assets/d3-scale.js': { type: 'chunk', facadeModuleId: null, imports: ['assets/d3-timer.js'] },
  'assets/index.css': { type: 'asset' },
};

describe('preloadFiles', () => {
  it('lists the chunk of the named module and everything it imports, each once', () => {
    expect(preloadFiles(bundle, ['/src/lib/layout/networkLayout.ts'])).toEqual([
      'assets/networkLayout.js',
      'assets/d3-timer.js',
      'assets/d3-scale.js',
    ]);
  });

  it('lists nothing when the build has no such chunk (the single offline file)', () => {
    const one: ChunkInfo = {
      'assets/index.js': { type: 'chunk', facadeModuleId: '/app/index.html', imports: [] },
    };
    expect(preloadFiles(one, ['/src/lib/layout/networkLayout.ts'])).toEqual([]);
  });
});
