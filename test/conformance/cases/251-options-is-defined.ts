// `options` argument: isDefined. A default counts as a definition; an
// option with neither default nor definition (a type with an empty value,
// so it still has a value) is not defined; a definition under a false
// mkIf does not count. Copied into config as booleans.
import type { Option } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        withDefault: mkOption({
          type: types.int,
          default: 1,
        }),
        defined: mkOption({ type: types.int }),
        unset: mkOption({ type: types.nullOr(types.int) }),
        emptyList: mkOption({ type: types.listOf(types.str) }),
        switchedOff: mkOption({ type: types.nullOr(types.str) }),
      },
    },
    {
      _file: "user.nix",
      defined: 2,
      switchedOff: lib.mkIf(false, "never"),
    },
    ({ options }) => ({
      _file: "report.nix",
      options: {
        report: mkOption({
          type: types.attrsOf(types.bool),
          // lib.mapAttrs (_: opt: opt.isDefined) { inherit (options) withDefault defined unset emptyList switchedOff; }
          get default() {
            const names = ["withDefault", "defined", "unset", "emptyList", "switchedOff"];
            return Object.fromEntries(names.map((n) => [n, (options[n] as Option).isDefined]));
          },
        }),
      },
    }),
  ];
});
