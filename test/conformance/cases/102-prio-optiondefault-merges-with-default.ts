// The option's `default` is an ordinary definition at priority 1500, listed
// before all module definitions. mkOptionDefault definitions share that
// priority, so they merge with the default: lists are concatenated (default
// first, then the modules in reverse order), attribute sets are joined, equal
// strings agree. One mkDefault definition drops all of them.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkOptionDefault, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        extra: mkOption({
          type: types.listOf(types.str),
          default: ["from-default"],
        }),
        limits: mkOption({
          type: types.attrsOf(types.int),
          default: { soft: 1 },
        }),
        greeting: mkOption({
          type: types.str,
          default: "hello",
        }),
        replaced: mkOption({
          type: types.listOf(types.str),
          default: ["from-default"],
        }),
      },
    },
    {
      _file: "a.nix",
      extra: mkOptionDefault(["from-a"]),
      limits: mkOptionDefault({ hard: 2 }),
      greeting: mkOptionDefault("hello"),
      replaced: mkOptionDefault(["from-a"]),
    },
    {
      _file: "b.nix",
      extra: mkOptionDefault(["from-b"]),
      replaced: mkDefault(["from-b"]),
    },
  ];
});
