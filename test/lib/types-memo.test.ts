/** Composite types are made once per distinct element type; sharing them changes no result. */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, types } from "../../lib/index.js";

describe("memoized composite types", () => {
  it("gives one object per distinct element type", () => {
    expect(types.listOf(types.str)).toBe(types.listOf(types.str));
    expect(types.attrsOf(types.int)).toBe(types.attrsOf(types.int));
    expect(types.lazyAttrsOf(types.int)).not.toBe(types.attrsOf(types.int));
    expect(types.nullOr(types.port)).toBe(types.nullOr(types.port));
    expect(types.listOf(types.int)).not.toBe(types.listOf(types.str));
  });

  it("keeps description, functor, nestedTypes and type merging", () => {
    const t = types.listOf(types.nullOr(types.str));
    expect(t.description).toBe("list of (null or string)");
    expect(t.nestedTypes.elemType).toBe(types.nullOr(types.str));
    expect(t.functor.name).toBe("listOf");
    // two declarations of one option merge their types as before
    const { options, config } = evalModules({
      modules: [
        { options: { x: mkOption({ type: types.attrsOf(types.str) }) } },
        { options: { x: mkOption({ type: types.attrsOf(types.str) }) }, config: { x: { a: "1" } } },
        { options: { y: mkOption({ type: types.listOf(types.enum(["a"])) }) } },
        { options: { y: mkOption({ type: types.listOf(types.enum(["b"])) }) }, config: { y: ["a", "b"] } },
      ],
    });
    expect(config.x).toEqual({ a: "1" });
    expect(config.y).toEqual(["a", "b"]);
    expect((options.y as { type: { description: string } }).type.description).toBe('list of (one of "b", "a")'); // as nix-instantiate gives it
  });

  it("10 000 declarations of listOf(str) share one type", () => {
    const made = new Set(Array.from({ length: 10000 }, () => types.listOf(types.str)));
    expect(made.size).toBe(1);
  });
});
