// Imports: two different modules with the same `key` count as one module:
// only the first one met in breadth-first order is used, the other is
// silently dropped (its definitions and imports are never seen).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        backend: mkOption({
          type: types.str,
          default: "none",
        }),
        trail: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    {
      _file: "importer.nix",
      imports: [
        {
          _file: "second.nix",
          key: "backend",
          backend: "second",
          trail: ["second"],
        },
      ],
      trail: ["importer"],
    },
    {
      _file: "first.nix",
      key: "backend",
      backend: "first",
      trail: ["first"],
    },
  ];
});
