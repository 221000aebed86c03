// `config = mkIf cond { ... }` is pushed down to each leaf before anything is
// evaluated, so the condition may read options that this very module
// defines elsewhere in the tree (here: service.enable gates service.port,
// and a nested condition reads service.port) without infinite recursion.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        enable: lib.mkEnableOption("the service"),
        service: {
          enable: mkOption({
            type: types.bool,
            default: false,
          }),
          port: mkOption({
            type: types.port,
            default: 80,
          }),
          flags: mkOption({
            type: types.listOf(types.str),
            default: [],
          }),
        },
      },
    },
    ({ config }: ModuleArgs) => ({
      _file: "enable.nix",
      config: mkIf(() => config.enable, {
        service: {
          enable: true,
          flags: ["--enabled"],
        },
      }),
    }),
    ({ config }: ModuleArgs) => ({
      _file: "port.nix",
      config: mkIf(() => config.service.enable, {
        service: {
          port: 8080,
          flags: mkIf(() => config.service.port === 8080, ["--alt-port"]),
        },
      }),
    }),
    {
      _file: "user.nix",
      enable: true,
    },
  ];
});
