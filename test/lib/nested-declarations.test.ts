/**
 * Options declared inside an option that another module declares as a
 * submodule: Nix turns the option set into a submodule declaration
 * (`shorthandOnlyDefinesConfig = null`, "whatever the other declarations
 * say") and merges it with the submodule option. The expected values are
 * what nix-instantiate 2.8 printed for the same modules (nixpkgs' lib).
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib, optionAttrSetToDocList } from "../../lib/index.js";

const { mkOption, types } = lib;

const modules = (submoduleType: typeof types.submodule) => [
  { options: { foo: mkOption({ type: submoduleType({ options: { a: mkOption({ type: types.int, default: 1 }) } }), default: {} }) } },
  { options: { foo: { b: mkOption({ type: types.int, default: 2 }) } } },
  { config: { foo: { a: 5 } } },
];

describe("an option set declared inside a submodule option", () => {
  it("merges into the submodule, with types.submodule (shorthand) as with submoduleWith", () => {
    // nix: {"foo":{"a":5,"b":2}}
    const shorthand = evalModules({ modules: modules(types.submodule) });
    expect(JSON.stringify(shorthand.config)).toBe('{"foo":{"a":5,"b":2}}');
    const explicit = evalModules({ modules: modules((m) => types.submoduleWith({ modules: [m] })) });
    expect(JSON.stringify(explicit.config)).toBe('{"foo":{"a":5,"b":2}}');
  });

  it("lists the nested options under the submodule option", () => {
    // nix (doc list, without `_module`): foo (submodule, default { }), foo.a (1), foo.b (2)
    const docs = optionAttrSetToDocList(evalModules({ modules: modules(types.submodule) }).options).filter(
      (d) => !d.loc.includes("_module"),
    );
    expect(docs.map((d) => [d.name, d.type, d.default?.text, d.declarations])).toEqual([
      ["foo", "submodule", "{ }", []],
      ["foo.a", "signed integer", "1", []],
      ["foo.b", "signed integer", "2", []],
    ]);
  });
});
