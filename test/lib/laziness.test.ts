/**
 * What an evaluation makes, and when: an option set's options are made when
 * the set is first read, as Nix's thunks are, so an error in one option set
 * does not stop a read of another, and undeclared definitions are reported
 * before anything but `_module` is made. The expected values and messages
 * are what nix-instantiate 2.8 printed for the same modules (nixpkgs' lib).
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib } from "../../lib/index.js";

const { mkOption, types } = lib;

// `a.x` is declared twice (an error when `a` is read); `b.y` once
const conflictInA = [
  { options: { a: { x: mkOption({ type: types.int, default: 1 }) } } },
  { options: { a: { x: mkOption({ type: types.int, default: 2 }) } } },
  { options: { b: { y: mkOption({ type: types.int, default: 3 }) } } },
];

describe("option sets are made when first read", () => {
  it("reads an option beside an option set whose declarations conflict", () => {
    // nix --attr config.b.y: 3
    const r = evalModules({ modules: conflictInA });
    expect(r.config.b.y).toBe(3);
    expect(r.options.b.y.value).toBe(3);
  });

  it("reports the conflict when the option set is read", () => {
    const message = "The option `a.x' in `<unknown-file>' is already declared in `<unknown-file>'.";
    expect(() => evalModules({ modules: conflictInA }).config.a.x).toThrow(message);
    expect(() => JSON.stringify(evalModules({ modules: conflictInA }).config)).toThrow(message);
  });

  it("reports an undeclared definition before a conflict elsewhere, as Nix does", () => {
    const r = evalModules({ modules: [...conflictInA.slice(0, 2), { config: { b: 3 } }] });
    expect(() => r.config).toThrow("The option `b' does not exist. Definition values:\n- In `<unknown-file>': 3\n\nDid you mean `a'?");
  });

  it("gives the same option set and config objects on every read", () => {
    const r = evalModules({ modules: conflictInA.slice(2) });
    expect(r.options.b).toBe(r.options.b);
    expect(r.config.b).toBe(r.config.b);
  });
});

describe("freeform definitions inside a declared option set", () => {
  it("merge with the declared options (recursiveUpdate)", () => {
    // nix: {"foo":{"bar":1,"baz":2},"other":{"x":3}}
    const r = evalModules({
      modules: [
        {
          freeformType: types.attrsOf(types.attrsOf(types.int)),
          options: { foo: { baz: mkOption({ type: types.int, default: 2 }) } },
        },
        { config: { foo: { bar: 1 }, other: { x: 3 } } },
      ],
    });
    expect(JSON.stringify(r.config)).toBe('{"foo":{"bar":1,"baz":2},"other":{"x":3}}');
  });
});
