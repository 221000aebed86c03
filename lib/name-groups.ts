/**
 * Values grouped by attribute name, in first-seen order (definitions or
 * declarations of each name). A name seen once keeps its value alone, not
 * in a one-element array: most names have one or two values, and an array
 * grown by `push` keeps room for 17, which adds up when kept for every option.
 *
 * Most groupings are small (a submodule value has a handful of names, and
 * one is made for every value): up to `indexedFrom` names are found by a
 * linear search, which costs less than making a `Map`; a `Map` indexes
 * larger ones.
 */
export class NameGroups<T extends object> {
  readonly #names: string[];
  readonly #groups: Groups<T>;
  #count = 0;
  #index: Map<string, number> | null = null;

  /** `room`: how many names to make room for at first (more may come). */
  constructor(room = 4) {
    this.#names = new Array<string>(room);
    this.#groups = new Groups(room);
  }

  /** The name's position in first-seen order, or -1. */
  indexOf(name: string): number {
    if (this.#index !== null) return this.#index.get(name) ?? -1;
    const names = this.#names;
    for (let i = 0; i < this.#count; i++) if (names[i] === name) return i;
    return -1;
  }

  add(name: string, value: T): void {
    let i = this.indexOf(name);
    if (i < 0) {
      i = this.#count++;
      this.#names[i] = name;
      if (this.#index !== null) this.#index.set(name, i);
      else if (this.#count > indexedFrom) {
        this.#index = new Map();
        for (let j = 0; j < this.#count; j++) this.#index.set(this.#names[j], j);
      }
    }
    this.#groups.add(i, value);
  }

  get(name: string): T[] | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.#groups.get(i);
  }

  /** The group at position `i` (of `indexOf`). */
  at(i: number): T[] {
    return this.#groups.get(i)!;
  }

  /** The value at position `i` when it is alone in its group. */
  onlyAt(i: number): T | undefined {
    return this.#groups.only(i);
  }

  get size(): number {
    return this.#count;
  }

  /** The names, in first-seen order (a copy: the caller may sort it). */
  names(): string[] {
    return this.#names.slice(0, this.#count);
  }
}

const indexedFrom = 8;

/** Values grouped by position (e.g. the definitions of the names of a `NameGroups`). */
export class Groups<T extends object> {
  readonly #groups: (T | T[] | undefined)[];

  /** `room`: how many positions to make room for at first (more may come). */
  constructor(room: number) {
    this.#groups = new Array<T | T[] | undefined>(room);
  }

  add(i: number, value: T): void {
    const group = this.#groups[i];
    if (group === undefined) this.#groups[i] = value;
    else if (Array.isArray(group)) group.push(value);
    else this.#groups[i] = [group, value];
  }

  get(i: number): T[] | undefined {
    const group = this.#groups[i];
    return group === undefined || Array.isArray(group) ? group : [group];
  }

  /** The value at `i` when it is alone in its group. */
  only(i: number): T | undefined {
    const group = this.#groups[i];
    return Array.isArray(group) ? undefined : group;
  }
}
