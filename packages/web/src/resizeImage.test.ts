// The visit photo's size before upload: long side capped, proportions kept, never enlarged.
import { describe, expect, it } from 'vitest';
import { fittedSize } from './pages/visits/resizeImage';

describe('fittedSize', () => {
  it('caps the long side and keeps the proportions', () => {
    expect(fittedSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fittedSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });
  it('leaves a small photo as it is', () => {
    expect(fittedSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('never rounds a side down to nothing', () => {
    expect(fittedSize(10_000, 2, 100)).toEqual({ width: 100, height: 1 });
  });
});
