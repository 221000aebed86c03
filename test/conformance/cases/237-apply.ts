// apply: the option's value is the merged value passed through `apply`
// (the default too); every reader (other options, config) sees the applied
// value, and apply may change the type of the value.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    ({ config }) => ({
      _file: "decl.nix",
      options: {
        port: mkOption({
          type: types.port,
          default: 80,
          apply: (p: number) => p + 1000,
        }),
        unchanged: mkOption({
          type: types.int,
          default: 5,
          apply: (n: number) => n * 2,
        }),
        names: mkOption({
          type: types.listOf(types.str),
          default: [],
          // lib.concatStringsSep "," (lib.sort (a: b: a < b) ns)
          apply: (ns: string[]) => [...ns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(","),
        }),
        report: mkOption({
          type: types.str,
          get default() {
            return `port ${String(config.port)}, names ${config.names}`;
          },
        }),
      },
    }),
    {
      _file: "a.nix",
      port: 8,
      names: ["zed"],
    },
    {
      _file: "b.nix",
      names: ["amy", "kim"],
    },
  ];
});
