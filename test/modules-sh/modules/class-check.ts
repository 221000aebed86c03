import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import assertModuleClassIsNixos from "./assert-module-class-is-nixos.js";
import moduleClassIsDarwin from "./module-class-is-darwin.js";
import moduleClassIsNixos from "./module-class-is-nixos.js";

const assertIsNixos = nixFile("./assert-module-class-is-nixos.nix", assertModuleClassIsNixos);
const isNixos = nixFile("./module-class-is-nixos.nix", moduleClassIsNixos);
const isDarwin = nixFile("./module-class-is-darwin.nix", moduleClassIsDarwin);

export default ({ lib }: ModuleArgs) => ({
  options: {
    sub: {
      nixosOk: lib.mkOption({
        type: lib.types.submoduleWith({ class: "nixos", modules: [assertIsNixos] }),
      }),
      // Same but will have bad definition
      nixosFail: lib.mkOption({
        type: lib.types.submoduleWith({ class: "nixos", modules: [] }),
      }),
      mergeFail: lib.mkOption({
        type: lib.types.submoduleWith({ class: "nixos", modules: [] }),
        default: {},
      }),
    },
  },
  imports: [
    {
      options: {
        sub: {
          mergeFail: lib.mkOption({
            type: lib.types.submoduleWith({ class: "darwin", modules: [] }),
          }),
        },
      },
    },
  ],
  config: {
    _module: { freeformType: lib.types.anything },
    ok: lib.evalModules({ class: "nixos", modules: [isNixos, assertIsNixos] }),
    fail: lib.evalModules({ class: "nixos", modules: [isNixos, isDarwin] }),
    "fail-anon": lib.evalModules({
      class: "nixos",
      modules: [
        isNixos,
        {
          _file: "foo.nix#darwinModules.default",
          _class: "darwin",
          config: {},
          imports: [],
        },
      ],
    }),
    sub: {
      nixosOk: { _class: "nixos" },
      nixosFail: { imports: [isDarwin] },
    },
  },
});
