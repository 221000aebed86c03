// _module.args: one module defines `_module.args.pkgs`; other modules take
// `pkgs` as a module argument and use it lazily in defaults and definitions.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

interface Pkgs {
  hello: string;
  curl: string;
}

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "pkgs.nix",
      _module: {
        args: {
          pkgs: {
            hello: "hello-2.12",
            curl: "curl-8.5",
          },
        },
      },
    },
    ({ pkgs }: ModuleArgs & { pkgs: Pkgs }) => ({
      _file: "decl.nix",
      options: {
        package: mkOption({
          type: types.str,
          get default() {
            return pkgs.hello;
          },
        }),
        systemPackages: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    }),
    ({ pkgs }: ModuleArgs & { pkgs: Pkgs }) => ({
      _file: "user.nix",
      get systemPackages() {
        return [pkgs.curl];
      },
    }),
  ];
});
