/**
 * Values grouped by attribute name, in first-seen order (definitions or
 * declarations of each name). A name seen once gets a one-element array:
 * most names have one or two values, and an array grown by `push` keeps
 * room for 17, which adds up when kept for every option.
 */
export class NameGroups<T extends object> {
  readonly #groups = new Map<string, T | T[]>();

  add(name: string, value: T): void {
    const group = this.#groups.get(name);
    if (group === undefined) this.#groups.set(name, value);
    else if (Array.isArray(group)) group.push(value);
    else this.#groups.set(name, [group, value]);
  }

  has(name: string): boolean {
    return this.#groups.has(name);
  }

  get(name: string): T[] | undefined {
    const group = this.#groups.get(name);
    return group === undefined || Array.isArray(group) ? group : [group];
  }

  get size(): number {
    return this.#groups.size;
  }

  names(): string[] {
    return Array.from(this.#groups.keys());
  }
}
