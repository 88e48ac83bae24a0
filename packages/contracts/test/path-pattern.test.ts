import {
  buildPath,
  checkPathTemplate,
  compilePathPattern,
  InvalidDefinitionError,
  isGerbangError,
  matchPathPattern,
  ValidationError,
} from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('path patterns', () => {
  it('compiles a template into segments, params and a shape', () => {
    const pattern = compilePathPattern('/reports/:id/photos/:photoId');
    expect(pattern.params).toEqual(['id', 'photoId']);
    expect(pattern.shape).toBe('/reports/:/photos/:');
    expect(compilePathPattern('/').segments).toEqual([]);
  });

  it('matches paths and decodes parameters, keeping leading zeros', () => {
    const pattern = compilePathPattern('/reports/:id');
    expect(matchPathPattern(pattern, '/reports/001')).toEqual({ id: '001' });
    expect(matchPathPattern(pattern, '/reports/LPG%20001')).toEqual({ id: 'LPG 001' });
    expect(matchPathPattern(pattern, '/reports')).toBeUndefined();
    expect(matchPathPattern(pattern, '/reports/')).toBeUndefined();
    expect(matchPathPattern(pattern, '/reports/1/2')).toBeUndefined();
    expect(matchPathPattern(pattern, 'reports/1')).toBeUndefined();
    expect(matchPathPattern(pattern, '/reports/%E0%A4%A')).toBeUndefined();
    expect(matchPathPattern(compilePathPattern('/'), '/')).toEqual({});
  });

  it('builds paths, encoding every parameter', () => {
    expect(buildPath('/reports/:id/photos/:photoId', { id: 'a/b', photoId: '7' })).toBe('/reports/a%2Fb/photos/7');
    expect(buildPath('/', {})).toBe('/');
  });

  it('refuses to build a path with a missing parameter, with a typed error', () => {
    const template: string = '/reports/:id';
    const attempt = () => buildPath(template, {});
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(/at id: is required to build \/reports\/:id/);
  });

  it('throws a typed definition error for a malformed template', () => {
    const attempt = () => compilePathPattern('/reports/:id/:id');
    expect(attempt).toThrow(InvalidDefinitionError);
    try {
      attempt();
    } catch (error) {
      expect(isGerbangError(error, 'invalid-definition')).toBe(true);
    }
  });

  it('explains each kind of malformed template', () => {
    expect(checkPathTemplate('/reports/:id')).toBeUndefined();
    expect(checkPathTemplate('/reports/:1d')).toContain('has the segment ":1d"');
    expect(checkPathTemplate('/reports/:constructor')).toBe('cannot use the parameter ":constructor" at all');
    expect(checkPathTemplate('reports')).toBe('must start with "/"');
  });

  it('round-trips any parameter value through build and match', () => {
    const pattern = compilePathPattern('/reports/:id/:tab');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (id, tab) => {
        expect(matchPathPattern(pattern, buildPath(pattern, { id, tab }))).toEqual({ id, tab });
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws when matching arbitrary paths', () => {
    const pattern = compilePathPattern('/reports/:id');
    fc.assert(
      fc.property(fc.string(), (path) => {
        const params = matchPathPattern(pattern, path);
        if (params !== undefined) expect(typeof params['id']).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });
});
