// oracle: options
// functionTo merges function definitions into one function that calls each
// of them and merges the results with the result type (lists concatenated
// in definition order, attribute sets joined). Priorities select the
// functions first. `apply` calls the merged function so that the result is
// plain data.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        mkFlags: mkOption({
          type: types.functionTo(types.listOf(types.str)),
          apply: (f: (args: { name: string }) => unknown) => f({ name: "web" }),
        }),
        mkEnv: mkOption({
          type: types.functionTo(types.attrsOf(types.str)),
          apply: (f: (root: string) => unknown) => f("/srv"),
        }),
        mkPort: mkOption({
          type: types.functionTo(types.int),
          apply: (f: (base: number) => unknown) => f(8000),
        }),
      },
    },
    {
      _file: "a.nix",
      mkFlags: ({ name }: { name: string }) => [`--a-${name}`],
      mkEnv: (root: string) => ({ HOME: root }),
      mkPort: (base: number) => base + 80,
    },
    {
      _file: "b.nix",
      mkFlags: (args: { name: string }) => [`--b-${args.name}`],
      mkEnv: (root: string) => ({ DATA: `${root}/data` }),
      mkPort: mkDefault((base: number) => base),
    },
  ];
});
