/**
 * A v2-merge type copied with another `check` (Nix's `t // { check }`, here
 * `{ ...t, check }`) is refused, as modules.sh checks with v2-check-coherence.nix;
 * texts from nix-instantiate 2.8 with nixpkgs lib 26.11.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, type OptionType, types } from "../../lib/index.js";

const adhoc = (t: OptionType): OptionType => ({ ...t, check: () => false });
const raws = () => types.lazyAttrsOf(types.raw);

const message = (loc: string, description: string) => `The option \`${loc}' has a type \`${description}' that uses
an ad-hoc \`type // { check = ...; }' override, which is incompatible with
the v2 merge mechanism.

Please use \`lib.types.addCheck\` instead of \`type // { check }' to add
custom validation. For example:

  lib.types.addCheck baseType (value: /* your check */)

instead of:

  baseType // { check = value: /* your check */; }`;
const mixedVersions = `

Alternatively, this message may also occur as false positive when mixing Nixpkgs
versions, if one Nixpkgs is between 83fed2e6..58696117 (Aug 28 - Oct 28 2025)`;

const { config } = evalModules({
  modules: [
    {
      _file: "v2.ts",
      options: {
        adhocFail: mkOption({ type: types.lazyAttrsOf(adhoc(raws())), default: {} }),
        adhocOuterFail: mkOption({ type: adhoc(types.lazyAttrsOf(types.int)), default: {} }),
        eitherLeftFail: mkOption({ type: types.either(adhoc(raws()), types.int) }),
        eitherRightFail: mkOption({ type: types.either(types.int, adhoc(raws())) }),
        coercedFromFail: mkOption({ type: types.coercedTo(adhoc(raws()), () => ({ bar: 1 }), types.lazyAttrsOf(types.int)) }),
        coercedToFail: mkOption({ type: types.coercedTo(types.str, () => ({}), adhoc(raws())) }),
        addCheckNested: mkOption({ type: types.addCheck(adhoc(raws()), () => true) }),
        addCheckPass: mkOption({ type: types.lazyAttrsOf(types.addCheck(raws(), (v) => "foo" in (v as object))), default: {} }),
        addCheckFail: mkOption({ type: types.lazyAttrsOf(types.addCheck(raws(), (v) => "foo" in (v as object))), default: {} }),
        normalPass: mkOption({ type: types.lazyAttrsOf(types.attrsOf(types.int)), default: {} }),
      },
      config: {
        adhocFail: { foo: {} },
        adhocOuterFail: { bar: 42 },
        eitherLeftFail: { foo: {} },
        eitherRightFail: { foo: {} },
        coercedFromFail: { foo: {} },
        coercedToFail: { foo: {} },
        addCheckNested: { foo: {} },
        addCheckPass: { bar: { foo: "value" } },
        addCheckFail: { bar: { baz: "value" } },
        normalPass: { foo: { bar: 42 } },
      },
    },
  ],
});
const c = config as Record<string, Record<string, unknown>>;

describe("v2 merge check coherence", () => {
  it("refuses an ad-hoc check on a nested or outer type (module system: with the mixed-versions note)", () => {
    expect(() => c.adhocFail.foo).toThrow(message("adhocFail.foo", "lazy attribute set of raw value") + mixedVersions);
    expect(() => c.adhocOuterFail.bar).toThrow(message("adhocOuterFail", "lazy attribute set of signed integer"));
  });

  it("refuses it inside either, coercedTo and addCheck (types: without the note)", () => {
    for (const name of ["eitherLeftFail", "eitherRightFail", "coercedFromFail", "addCheckNested"]) {
      let text = "";
      try {
        JSON.stringify(c[name]);
      } catch (e) {
        text = (e as Error).message;
      }
      expect(text).toBe(message(name, "lazy attribute set of raw value"));
    }
    expect(() => JSON.stringify(c.coercedToFail)).toThrow(message("coercedToFail", "lazy attribute set of raw value"));
  });

  it("accepts addCheck and plain v2 types", () => {
    expect(c.addCheckPass).toEqual({ bar: { foo: "value" } });
    expect(JSON.parse(JSON.stringify(c.normalPass))).toEqual({ foo: { bar: 42 } });
    expect(() => JSON.stringify(c.addCheckFail.bar)).toThrow(
      "A definition for option `addCheckFail.bar' is not of type `lazy attribute set of raw value'. TypeError: Definition values:\n- In `v2.ts':",
    );
  });
});
