// A search by ID number keeps the number out of every URL: not in the address bar, not in the request.
import { describe, expect, it } from 'vitest';
import { filtersFromLocation, isNumberQuery, queryOf, searchFromFilters, stateFromFilters } from './childFilters';

const idNumber = '51110220150809431X';

describe('the children list filters', () => {
  it('keep a number query in the history state, never in the address bar', () => {
    const filters = { q: idNumber, status: 'active' as const };
    expect(searchFromFilters(filters).toString()).toBe('status=active');
    expect(stateFromFilters(filters)).toEqual({ q: idNumber });
    // Back on the list (or after a reload), the query comes back from the state.
    expect(filtersFromLocation(new URLSearchParams('status=active'), { q: idNumber })).toMatchObject(filters);
    expect(queryOf(filtersFromLocation(new URLSearchParams(), { q: idNumber })).q).toBe(idNumber);
  });

  it('keep a name query in the address bar as before', () => {
    const filters = { q: '王芳' };
    expect(searchFromFilters(filters).toString()).toBe(`q=${encodeURIComponent('王芳')}`);
    expect(stateFromFilters(filters)).toBeNull();
    expect(isNumberQuery('王芳')).toBe(false);
    expect(isNumberQuery('5111')).toBe(true);
    // A state that is not ours is ignored.
    expect(filtersFromLocation(new URLSearchParams('q=王芳'), { q: 5 }).q).toBe('王芳');
  });
});
