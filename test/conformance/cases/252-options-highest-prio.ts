// `options` argument: highestPrio is the priority of the definitions that
// won: 1500 for a default alone, 1000 mkDefault, 100 plain, 50 mkForce,
// mkOverride's number, and 9999 when nothing is defined. Copied into
// config as strings (toString).
import type { Option } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        defaultOnly: mkOption({
          type: types.int,
          default: 1,
        }),
        mkDefaulted: mkOption({
          type: types.int,
          default: 1,
        }),
        plain: mkOption({
          type: types.int,
          default: 1,
        }),
        forced: mkOption({ type: types.int }),
        overridden: mkOption({ type: types.int }),
        nothing: mkOption({ type: types.nullOr(types.int) }),
      },
    },
    {
      _file: "a.nix",
      mkDefaulted: lib.mkDefault(2),
      plain: lib.mkDefault(2),
      forced: 3,
      overridden: lib.mkOverride(70, 4),
    },
    {
      _file: "b.nix",
      plain: 3,
      forced: lib.mkForce(4),
      overridden: lib.mkOverride(80, 5),
    },
    ({ options }) => ({
      _file: "report.nix",
      options: {
        prio: mkOption({
          type: types.attrsOf(types.str),
          // lib.mapAttrs (_: opt: toString opt.highestPrio) { inherit (options) defaultOnly … nothing; }
          get default() {
            const names = ["defaultOnly", "mkDefaulted", "plain", "forced", "overridden", "nothing"];
            return Object.fromEntries(names.map((n) => [n, String((options[n] as Option).highestPrio)]));
          },
        }),
      },
    }),
  ];
});
