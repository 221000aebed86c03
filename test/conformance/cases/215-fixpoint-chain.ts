// Fixed point: a chain of values across four modules (d reads c, c reads b,
// b reads a), declared in one order and defined in another.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        a: mkOption({ type: types.int }),
        b: mkOption({ type: types.int }),
        c: mkOption({ type: types.str }),
        d: mkOption({ type: types.listOf(types.str) }),
      },
    },
    ({ config }) => ({
      _file: "d.nix",
      get d() {
        return [config.c, `${config.c}!`];
      },
    }),
    ({ config }) => ({
      _file: "c.nix",
      get c() {
        return `b is ${String(config.b)}`;
      },
    }),
    ({ config }) => ({
      _file: "b.nix",
      get b() {
        return config.a * 10;
      },
    }),
    {
      _file: "a.nix",
      a: 7,
    },
  ];
});
