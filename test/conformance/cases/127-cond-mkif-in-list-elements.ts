// Each element of a listOf definition is merged on its own, so properties
// inside a list work per element: `mkIf false` removes the element, mkMerge
// and mkForce are unwrapped, and mkBefore inside an element does not move
// it (order only applies to whole definitions).
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkMerge, mkForce, mkBefore, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        withExtra: mkOption({
          type: types.bool,
          default: false,
        }),
        ports: mkOption({ type: types.listOf(types.int) }),
      },
    },
    ({ config }: ModuleArgs) => ({
      _file: "a.nix",
      ports: [
        1,
        mkIf(false, 2),
        mkIf(true, 3),
        mkForce(4),
        mkMerge([5, mkIf(false, 6)]),
        mkIf(() => config.withExtra, 8),
        mkBefore(9),
      ],
    }),
    {
      _file: "b.nix",
      ports: [7],
    },
  ];
});
