import type { ModuleArgs, OptionType } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import { nixEqual } from "../nix-equal.js";
import { pendingApi } from "../pending-api.js";

type AttrListWith = (opts: { elemType: OptionType; asAttrs?: boolean; mergeAttrValues?: (name: string, values: unknown[]) => unknown }) => OptionType;
type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- config is user-shaped

const lazyAbort = (): never => {
  throw new Error("overridden by mkForce; laziness guarantee: MUST NOT be evaluated");
};

// Nix's builtins.deepSeq v v
function deepSeq<T>(v: T): T {
  if (Array.isArray(v)) v.forEach(deepSeq);
  else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) deepSeq((v as Rec)[k]);
  return v;
}

// Nix's builtins.mapAttrs, each value lazy
function mapAttrsLazy(set: Rec, f: (v: unknown) => unknown): Rec {
  const out: Rec = {};
  for (const k of Object.keys(set)) Object.defineProperty(out, k, { enumerable: true, get: () => f(set[k]) });
  return out;
}

function declareAttrList({ lib, config }: ModuleArgs) {
  const { mkOption, mkOrder, mkMerge, mkBefore, mkAfter, mkIf, mkOverride, mkDefault, mkForce, types } = lib;
  const attrListOf = (t: OptionType) => pendingApi<(t: OptionType) => OptionType>(lib, "types.attrListOf")(t);
  const attrListWith: AttrListWith = (o) => pendingApi<AttrListWith>(lib, "types.attrListWith")(o);
  const mkDefaultAbort = () => lazyDefault(mkDefault);
  const mkOverride100Abort = () => lazyDefault((c: unknown) => mkOverride(100, c));
  // `wrap (abort "…")`: the wrapper with a content that throws when read
  function lazyDefault(wrap: (c: unknown) => object): object {
    const w = wrap(null) as Rec;
    return Object.defineProperty({ ...w }, "content", { enumerable: true, get: lazyAbort });
  }

  return {
    options: {
      attrList: mkOption({ get type() { return types.lazyAttrsOf(attrListOf(types.str)); } }),
      attrListInt: mkOption({ get type() { return types.lazyAttrsOf(attrListOf(types.int)); } }),
      attrListSubmodule: mkOption({
        get type() {
          return attrListOf(
            types.submodule({
              options: {
                port: mkOption({ type: types.int, description: "Port number" }),
                host: mkOption({ type: types.str, default: "localhost", description: "Hostname" }),
              },
            }),
          );
        },
      }),
      // asAttrs: value is a merged attrset, ordered list in valueMeta
      asAttrs: mkOption({
        get type() {
          return types.lazyAttrsOf(attrListWith({ elemType: types.str, asAttrs: true, mergeAttrValues: (_name, values) => values[values.length - 1] }));
        },
      }),
      // asAttrs with default mergeAttrValues: duplicates collected into lists
      asAttrsDefault: mkOption({
        get type() {
          return types.lazyAttrsOf(attrListWith({ elemType: types.int, asAttrs: true }));
        },
      }),
      // Strict wrappers that force deep evaluation, for testing error cases
      attrListStrict: mkOption({ type: types.lazyAttrsOf(types.raw) }),
      attrListIntStrict: mkOption({ type: types.lazyAttrsOf(types.raw) }),
      // either picks attrList when input is list/attrset, int when input is int
      eitherAttrListOrInt: mkOption({ get type() { return types.either(attrListOf(types.str), types.int); } }),
      eitherAttrListOrIntFallback: mkOption({ get type() { return types.either(attrListOf(types.str), types.int); } }),
      eitherIntOrAttrList: mkOption({ get type() { return types.either(types.int, attrListOf(types.str)); } }),
      eitherIntOrAttrListFallback: mkOption({ get type() { return types.either(types.int, attrListOf(types.str)); } }),
      assertions: mkOption({}),
    },
    imports: [
      // Second module contributing to multiModule
      { attrListInt: { multiModule: [{ b: 2 }] } },
    ],
    config: {
      attrList: {
        // List input: pass-through
        listInput: [{ a: "alpha" }, { b: "beta" }],
        // Attrset input with explicit ordering
        attrsetOrdered: { x: mkOrder(200, "x-val"), y: mkOrder(100, "y-val") },
        // Mixed: list elements at default priority, attrset with mkOrder
        mixed: mkMerge<unknown>([[{ m: "from-list" }], { n: mkOrder(50, "from-attrset") }]),
        // Attrset without mkOrder uses default priority
        attrsetNoOrder: { foo: "bar", baz: "qux" },
        // Empty list
        empty: [],
        // Ordering test: lower priority first
        ordering: mkMerge<unknown>([{ last: mkOrder(1500, "last") }, { first: mkOrder(500, "first") }, [{ middle: "middle" }]]),
        // List elements support mkOrder/mkBefore/mkAfter
        listOrdering: [mkAfter({ z: "after" }), { m: "default" }, mkBefore({ a: "before" })],
        // Plain list entries land at default priority (1000):
        // they appear after mkOrder 999 and before mkOrder 1001.
        listDefaultPrio: mkMerge<unknown>([{ after: mkOrder(1001, "after") }, [{ mid: "list-entry" }], { before: mkOrder(999, "before") }]),
        // mkBefore and mkAfter
        beforeAfter: mkMerge<unknown>([{ z: mkAfter("after") }, { a: mkBefore("before") }, [{ m: "default" }]]),
        // mkIf: conditional definition
        withMkIf: mkMerge([mkIf(true, [{ yes: "included" }]), mkIf(false, [{ no: "excluded" }])]),
        // mkOverride: higher priority override wins
        withOverride: mkMerge([mkOverride(100, [{ replaced: "gone" }]), mkOverride(50, [{ winner: "wins" }])]),
        // mkDefault: lower priority than normal
        withDefault: mkMerge<unknown>([mkDefault([{ default: "overridden" }]), [{ normal: "wins" }]]),
        // mkForce on the whole option (should discard other defs)
        withForce: mkMerge<unknown>([[{ discarded: "gone" }], mkForce([{ forced: "wins" }])]),
        // mkForce with mkOrder inside
        forceWithOrder: mkForce([mkAfter({ second: "after" }), mkBefore({ first: "before" })]),
        // mkForce on attrset format
        forceAttrset: mkMerge<unknown>([[{ discarded: "gone" }], mkForce({ x: mkOrder(200, "x-val"), y: mkOrder(100, "y-val") })]),
        // mkForce on repeated key: forced entries override non-forced
        forceRepeatedKey: [{ x: mkOverride100Abort() }, { x: mkForce("wins") }, { x: mkForce("wins 2") }],
        // mkForce on repeated key across mkMerge
        forceRepeatedKeyMerge: mkMerge([
          [{ x: "unused: overridden by mkForce" }, { x: mkDefaultAbort() }],
          [{ x: mkOverride100Abort() }],
          [{ x: mkForce("forced") }],
        ]),
        // mkForce on repeated key in attrset format across mkMerge
        forceRepeatedKeyAttrs: mkMerge<unknown>([{ x: mkDefaultAbort(), y: "kept" }, { x: mkForce("forced") }]),
        // mkForce only affects the key it's on, other keys survive
        forcePartialAttrs: mkMerge<unknown>([{ x: "unused: overridden by mkForce", y: "normal y" }, { x: mkForce("forced x") }]),
        // mkForce in attrset format overrides same key from list format
        forceMixedFormats: mkMerge<unknown>([[{ x: mkOverride100Abort() }, { y: "list y" }], { x: mkForce("attrset forced x") }]),
        // Nesting: list format, mkOrder on element + mkForce on value
        nestListOrderForce: mkMerge([
          [{ x: mkDefaultAbort() }, mkOrder(500, { x: mkForce("forced-early") }), mkOrder(1500, { y: "late" })],
          [mkOrder(100, { z: "earliest" })],
        ]),
        // Nesting: list format, mkOrder(mkForce(val)) on value
        nestListOrderOfForce: mkMerge([
          [{ x: mkOverride100Abort() }, { y: "plain-early" }],
          [{ x: mkOrder(1500, mkForce("forced-late")) }, { z: mkOrder(500, "earliest") }],
          [{ x: "unused: overridden by mkForce" }, { w: mkOrder(1200, "mid") }],
        ]),
        // Nesting: list format, mkForce(mkOrder(val)) on value
        nestListForceOfOrder: mkMerge([
          [{ x: "unused: overridden by mkForce" }, { y: "plain-early" }],
          [{ x: mkForce(mkOrder(1500, "forced-late")) }, { z: mkOrder(500, "earliest") }],
          [{ x: mkDefaultAbort() }, { w: mkOrder(1200, "mid") }],
        ]),
        // Nesting: attrset format, mkOrder wrapping mkForce
        nestAttrsOrderOfForce: mkMerge<unknown>([
          { x: mkOverride100Abort(), y: "plain-early" },
          { x: mkOrder(1500, mkForce("forced-late")), z: mkOrder(500, "earliest") },
          { x: "unused: overridden by mkForce", w: mkOrder(1200, "mid") },
        ]),
        // Nesting: attrset format, mkForce wrapping mkOrder
        nestAttrsForceOfOrder: mkMerge<unknown>([
          { x: "unused: overridden by mkForce", y: "plain-early" },
          { x: mkForce(mkOrder(1500, "forced-late")), z: mkOrder(500, "earliest") },
          { x: mkDefaultAbort(), w: mkOrder(1200, "mid") },
        ]),
        // Bad: list element with multiple keys
        badListElem: [{ a: "ok", b: "extra" }],
        // Bad: plain string instead of list or attrset
        badString: "not-a-container",
        // Bad: list element is a bare string, not a singleton attrset
        badListString: ["not a singleton attribute"],
      },
      attrListInt: {
        // Multiple list definitions from separate modules
        multiModule: [{ a: 1 }],
        // mkForce on individual element values; non-forced entries are discarded.
        forceElementValue: [{ a: mkDefaultAbort() }, { a: mkForce(42) }, { a: mkOverride100Abort() }, { b: 2 }],
        // mkIf false on individual element value filters it out (list format)
        optionalValueList: [{ a: mkIf(true, 1) }, { b: mkIf(false, 2) }, { c: 3 }],
        // mkIf false on individual element value filters it out (attrset format)
        optionalValueAttrs: { a: mkIf(true, 1), b: mkIf(false, 2), c: 3 },
        // Bad: string where int expected
        badValue: [{ a: "not-an-int" }],
      },
      // submodule elemType: produces real valueMeta
      attrListSubmodule: [{ web: { port: 80 } }, { db: { port: 5432, host: "dbhost" } }],
      asAttrs: {
        // asAttrs: unique keys — value is a plain attrset
        unique: [{ a: "alpha" }, { b: "beta" }],
        // asAttrs: duplicate keys — last in order wins
        duplicateKeys: mkMerge<unknown>([{ x: mkOrder(500, "first") }, { x: mkOrder(1500, "last") }, { y: "only" }]),
        // asAttrs: with ordering — value is attrset, ordered list in valueMeta
        ordered: { z: mkOrder(200, "z-val"), a: mkOrder(100, "a-val") },
        // asAttrs: with mkForce — forced key overrides
        withForce: mkMerge<unknown>([{ x: "unused: overridden by mkForce" }, { x: mkForce("forced"), y: "kept" }]),
        // asAttrs: empty
        empty: [],
      },
      asAttrsDefault: {
        // asAttrsDefault: unique keys
        unique: [{ a: 1 }, { b: 2 }],
        // asAttrsDefault: duplicate keys — default collects into lists
        duplicates: mkMerge<unknown>([{ x: mkOrder(500, 10) }, { x: mkOrder(1500, 30) }, { y: 99 }, [{ x: 20 }]]),
      },
      // either: attrList branch matches for list input
      eitherAttrListOrInt: [{ a: "hello" }, { b: "world" }],
      // either: int input falls through to int branch
      eitherAttrListOrIntFallback: 42,
      // either (swapped): int first, attrList second — int input matches int
      eitherIntOrAttrList: 42,
      // either (swapped): list input falls through to attrList branch
      eitherIntOrAttrListFallback: [{ a: "hello" }],
      get attrListStrict() {
        return mapAttrsLazy(config.attrList, deepSeq);
      },
      get attrListIntStrict() {
        return mapAttrsLazy(config.attrListInt, deepSeq);
      },
      get assertions() {
        return assertions(lib);
      },
    },
  };
}

function assertions(lib: ModuleArgs["lib"]): string {
  const c = lib.evalModules({ modules: [nixFile("./declare-attrList.nix", declareAttrList)] });
  const cfg = c.config as Rec;
  const opts = c.options as Rec;
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (!nixEqual(actual, expected)) throw new Error(`assertion (${what}) failed`);
  };
  expect("cfg.attrList.listInput", cfg.attrList.listInput, [{ a: "alpha" }, { b: "beta" }]);
  expect("cfg.attrList.attrsetOrdered", cfg.attrList.attrsetOrdered, [{ y: "y-val" }, { x: "x-val" }]);
  expect("cfg.attrList.mixed", cfg.attrList.mixed, [{ n: "from-attrset" }, { m: "from-list" }]);
  expect("cfg.attrListInt.multiModule", cfg.attrListInt.multiModule, [{ b: 2 }, { a: 1 }]);
  expect("length cfg.attrList.attrsetNoOrder", cfg.attrList.attrsetNoOrder.length, 2);
  expect("cfg.attrList.empty", cfg.attrList.empty, []);
  expect("cfg.attrList.listOrdering", cfg.attrList.listOrdering, [{ a: "before" }, { m: "default" }, { z: "after" }]);
  expect("cfg.attrList.listDefaultPrio", cfg.attrList.listDefaultPrio, [{ before: "before" }, { mid: "list-entry" }, { after: "after" }]);
  expect("cfg.attrList.ordering", cfg.attrList.ordering, [{ first: "first" }, { middle: "middle" }, { last: "last" }]);
  expect("cfg.attrList.beforeAfter", cfg.attrList.beforeAfter, [{ a: "before" }, { m: "default" }, { z: "after" }]);
  expect("cfg.attrList.withMkIf", cfg.attrList.withMkIf, [{ yes: "included" }]);
  expect("cfg.attrList.withOverride", cfg.attrList.withOverride, [{ winner: "wins" }]);
  expect("cfg.attrList.withDefault", cfg.attrList.withDefault, [{ normal: "wins" }]);
  expect("cfg.attrList.withForce", cfg.attrList.withForce, [{ forced: "wins" }]);
  expect("cfg.attrList.forceWithOrder", cfg.attrList.forceWithOrder, [{ first: "before" }, { second: "after" }]);
  expect("cfg.attrListInt.forceElementValue", cfg.attrListInt.forceElementValue, [{ a: 42 }, { b: 2 }]);
  expect("cfg.attrList.forceAttrset", cfg.attrList.forceAttrset, [{ y: "y-val" }, { x: "x-val" }]);
  expect("cfg.attrList.forceRepeatedKey", cfg.attrList.forceRepeatedKey, [{ x: "wins" }, { x: "wins 2" }]);
  expect("cfg.attrList.forceRepeatedKeyMerge", cfg.attrList.forceRepeatedKeyMerge, [{ x: "forced" }]);
  expect("cfg.attrList.forceRepeatedKeyAttrs", cfg.attrList.forceRepeatedKeyAttrs, [{ y: "kept" }, { x: "forced" }]);
  expect("cfg.attrList.forcePartialAttrs", cfg.attrList.forcePartialAttrs, [{ y: "normal y" }, { x: "forced x" }]);
  expect("cfg.attrList.forceMixedFormats", cfg.attrList.forceMixedFormats, [{ y: "list y" }, { x: "attrset forced x" }]);
  expect("cfg.attrList.nestListOrderForce", cfg.attrList.nestListOrderForce, [{ z: "earliest" }, { x: "forced-early" }, { y: "late" }]);
  const lateForced = [{ z: "earliest" }, { y: "plain-early" }, { w: "mid" }, { x: "forced-late" }];
  expect("cfg.attrList.nestListOrderOfForce", cfg.attrList.nestListOrderOfForce, lateForced);
  expect("cfg.attrList.nestListForceOfOrder", cfg.attrList.nestListForceOfOrder, lateForced);
  expect("cfg.attrList.nestAttrsOrderOfForce", cfg.attrList.nestAttrsOrderOfForce, lateForced);
  expect("cfg.attrList.nestAttrsForceOfOrder", cfg.attrList.nestAttrsForceOfOrder, lateForced);
  expect("cfg.attrListInt.optionalValueList", cfg.attrListInt.optionalValueList, [{ a: 1 }, { c: 3 }]);
  expect("cfg.attrListInt.optionalValueAttrs", cfg.attrListInt.optionalValueAttrs, [{ a: 1 }, { c: 3 }]);
  expect("cfg.attrListSubmodule", cfg.attrListSubmodule, [{ web: { host: "localhost", port: 80 } }, { db: { host: "dbhost", port: 5432 } }]);
  const subMeta = opts.attrListSubmodule.valueMeta.attrList as Rec[];
  expect(
    "map (m: m.configuration.config) valueMeta.attrList",
    subMeta.map((m) => m.configuration.config),
    [{ host: "localhost", port: 80 }, { host: "dbhost", port: 5432 }],
  );
  expect(
    "option descriptions in valueMeta.attrList",
    subMeta.map((m) => {
      const { _module, ...o } = m.configuration.options as Rec;
      return Object.fromEntries(Object.keys(o).map((n) => [n, o[n].description]));
    }),
    [{ host: "Hostname", port: "Port number" }, { host: "Hostname", port: "Port number" }],
  );
  expect("valueMeta listInput", opts.attrList.valueMeta.attrs.listInput.attrList, [{}, {}]);
  expect("valueMeta attrsetOrdered", opts.attrList.valueMeta.attrs.attrsetOrdered.attrList, [{}, {}]);
  expect("valueMeta mixed", opts.attrList.valueMeta.attrs.mixed.attrList, [{}, {}]);
  expect("valueMeta empty", opts.attrList.valueMeta.attrs.empty.attrList, []);
  expect("valueMeta optionalValueList", opts.attrListInt.valueMeta.attrs.optionalValueList.attrList, [{}, {}]);
  expect("cfg.eitherAttrListOrInt", cfg.eitherAttrListOrInt, [{ a: "hello" }, { b: "world" }]);
  expect("cfg.eitherAttrListOrIntFallback", cfg.eitherAttrListOrIntFallback, 42);
  expect("cfg.eitherIntOrAttrList", cfg.eitherIntOrAttrList, 42);
  expect("cfg.eitherIntOrAttrListFallback", cfg.eitherIntOrAttrListFallback, [{ a: "hello" }]);
  expect("cfg.asAttrs.unique", cfg.asAttrs.unique, { a: "alpha", b: "beta" });
  expect("attrListValue unique", opts.asAttrs.valueMeta.attrs.unique.attrListValue, [{ a: "alpha" }, { b: "beta" }]);
  expect("cfg.asAttrs.duplicateKeys", cfg.asAttrs.duplicateKeys, { x: "last", y: "only" });
  expect("attrListValue duplicateKeys", opts.asAttrs.valueMeta.attrs.duplicateKeys.attrListValue, [{ x: "first" }, { y: "only" }, { x: "last" }]);
  expect("cfg.asAttrs.ordered", cfg.asAttrs.ordered, { a: "a-val", z: "z-val" });
  expect("attrListValue ordered", opts.asAttrs.valueMeta.attrs.ordered.attrListValue, [{ a: "a-val" }, { z: "z-val" }]);
  expect("cfg.asAttrs.withForce", cfg.asAttrs.withForce, { x: "forced", y: "kept" });
  expect("cfg.asAttrs.empty", cfg.asAttrs.empty, {});
  expect("cfg.asAttrsDefault.unique", cfg.asAttrsDefault.unique, { a: [1], b: [2] });
  expect("cfg.asAttrsDefault.duplicates", cfg.asAttrsDefault.duplicates, { x: [10, 20, 30], y: [99] });
  expect(
    "attrListValue duplicates",
    opts.asAttrsDefault.valueMeta.attrs.duplicates.attrListValue,
    [{ x: 10 }, { y: 99 }, { x: 20 }, { x: 30 }],
  );
  // valueMeta.definitions: mkDefinition records with mkOrder-wrapped single-key attrsets
  const defs = opts.asAttrs.valueMeta.attrs.duplicateKeys.definitions as Rec[];
  expect(
    "valueMeta.definitions",
    defs.map((d) => ({ prio: d.value.priority, value: d.value.content })),
    [
      { prio: 500, value: { x: "first" } },
      { prio: 1000, value: { y: "only" } },
      { prio: 1500, value: { x: "last" } },
    ],
  );
  // Round-trip: feed definitions through mapDefinitionValue + mkMerge into a listOf option
  const rendered = lib.modules.mapDefinitionValue((attr) => lib.cli.toCommandLineGNU({}, attr as Rec), lib.mkMerge(defs));
  const result = lib.evalModules({
    modules: [
      { options: { out: lib.mkOption({ type: lib.types.listOf(lib.types.str) }) } },
      { config: { out: rendered } },
      // Interleave: mkOrder 800 lands between x(500) and y(1000)
      { config: { out: lib.mkOrder(800, ["--interleaved"]) } },
    ],
  }).config.out;
  expect("round-trip", result, ["-xfirst", "--interleaved", "-yonly", "-xlast"]);
  // Error cases are tested via checkConfigError in modules.sh
  return "ok";
}

export default declareAttrList;
