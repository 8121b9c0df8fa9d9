import type { PathSegment } from './finding';

/**
 * `path` with `key` added at the end, in a new list of exactly that size. `[...path, key]` makes the same list with
 * room for about 16 more (about 200 bytes for a path of one): this is for the paths made for every target or
 * request, most of which end up in no finding.
 * @param path - The parent's path.
 * @param key - The child's key or index.
 * @returns The child's path.
 * @example
 * _childPath([2], 'text'); // [2, 'text']
 */
export function _childPath(path: readonly PathSegment[], key: PathSegment): PathSegment[] {
  switch (path.length) {
    case 0:
      return [key];
    case 1:
      return [path[0] as PathSegment, key];
    case 2:
      return [path[0] as PathSegment, path[1] as PathSegment, key];
    case 3:
      return [path[0] as PathSegment, path[1] as PathSegment, path[2] as PathSegment, key];
    default:
      return [...path, key];
  }
}
