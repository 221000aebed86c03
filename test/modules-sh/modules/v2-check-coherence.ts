// Tests for v2 merge check coherence
import type { ModuleArgs, OptionType } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  // Nix: t // { check = _: false; }
  const checkOverridden = (t: OptionType): OptionType => ({ ...t, check: () => false });
  const hasFoo = (v: unknown) => v !== null && typeof v === "object" && "foo" in v;

  // The problematic pattern: overriding check with //
  // This inner type should reject everything (check always returns false)
  const adhocOverrideType = checkOverridden(types.lazyAttrsOf(types.raw));
  // Using addCheck is the correct way to add custom checks
  const properlyCheckedType = types.addCheck(types.lazyAttrsOf(types.raw), hasFoo);
  // Using addCheck with a check that will fail
  const failingCheckedType = types.addCheck(types.lazyAttrsOf(types.raw), hasFoo);
  // Ad-hoc override on outer type
  const adhocOuterType = checkOverridden(types.lazyAttrsOf(types.int));
  // Ad-hoc override on left side of either
  const adhocEitherLeft = checkOverridden(types.lazyAttrsOf(types.raw));
  // Ad-hoc override on coercedType in coercedTo
  const adhocCoercedFrom = checkOverridden(types.lazyAttrsOf(types.raw));
  // Ad-hoc override on finalType in coercedTo
  const adhocCoercedTo = checkOverridden(types.lazyAttrsOf(types.raw));
  // Ad-hoc override wrapped in addCheck
  const adhocAddCheck = types.addCheck(checkOverridden(types.lazyAttrsOf(types.raw)), () => true);

  return {
    options: {
      // Test 1: Ad-hoc check override in nested type should be detected
      adhocFail: mkOption({ type: types.lazyAttrsOf(adhocOverrideType), default: {} }),
      // Test 1b: Ad-hoc check override in outer type should be detected
      adhocOuterFail: mkOption({ type: adhocOuterType, default: {} }),
      // Test 1c: Ad-hoc check override on left side of either type
      eitherLeftFail: mkOption({ type: types.either(adhocEitherLeft, types.int) }),
      // Test 1d: Ad-hoc check override on right side of either type
      eitherRightFail: mkOption({ type: types.either(types.int, checkOverridden(types.lazyAttrsOf(types.raw))) }),
      // Test 1e: Ad-hoc check override on coercedType in coercedTo
      coercedFromFail: mkOption({ type: types.coercedTo(adhocCoercedFrom, () => ({ bar: 1 }), types.lazyAttrsOf(types.int)) }),
      // Test 1f: Ad-hoc check override on finalType in coercedTo
      coercedToFail: mkOption({ type: types.coercedTo(types.str, () => ({}), adhocCoercedTo) }),
      // Test 1g: Ad-hoc check override wrapped in addCheck
      addCheckNested: mkOption({ type: adhocAddCheck }),
      // Test 2: Using addCheck should work correctly
      addCheckPass: mkOption({ type: types.lazyAttrsOf(properlyCheckedType), default: {} }),
      // Test 3: addCheck should validate values properly
      addCheckFail: mkOption({ type: types.lazyAttrsOf(failingCheckedType), default: {} }),
      // Test 4: Normal v2 types should work without coherence errors
      normalPass: mkOption({ type: types.lazyAttrsOf(types.attrsOf(types.int)), default: {} }),
      // Success assertion - only checks things that should succeed
      result: mkOption({ type: types.bool, default: false }),
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
      addCheckFail: { bar: { baz: "value" } }, // Missing required 'foo' attribute
      normalPass: { foo: { bar: 42 } },
      result: true,
    },
  };
};
