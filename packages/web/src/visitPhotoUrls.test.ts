// The timeline's photo addresses: a thumbnail where one was stored, else the photo itself (older photos, the demo's).
import { describe, expect, it, vi } from 'vitest';

vi.mock('./i18n', () => ({ default: { t: (key: string) => key, language: 'zh-CN' } }));
const { visitPhotoPreviewUrl, visitPhotoUrl } = await import('./api/visits');

const visit = { id: 'v1', childId: 'c1' };

describe('visit photo addresses', () => {
  it('shows the thumbnail where the photo has one', () => {
    expect(visitPhotoPreviewUrl(visit, { id: 'p1', thumbnail: true })).toBe('/api/visits/v1/photos/p1/thumbnail');
  });

  it('falls back to the photo itself where it has none, the same address the preview opens', () => {
    expect(visitPhotoPreviewUrl(visit, { id: 'p2', thumbnail: false })).toBe(visitPhotoUrl('c1', 'p2'));
    expect(visitPhotoUrl('c1', 'p2')).toBe('/api/children/c1/documents/p2/content');
  });
});
