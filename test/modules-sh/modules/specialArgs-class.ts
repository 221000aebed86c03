import type { ModuleArgs } from "../../../lib/index.js";
import { nixFile } from "../nix-file.js";
import exposeModuleClass from "./expose-module-class.js";
import polymorphicModule from "./polymorphic-module.js";

const expose = nixFile("./expose-module-class.nix", exposeModuleClass);
const polymorphic = nixFile("./polymorphic-module.nix", polymorphicModule);

export default ({ lib }: ModuleArgs) => ({
  options: {
    sub: {
      nixos: lib.mkOption({
        type: lib.types.submoduleWith({ class: "nixos", modules: [expose] }),
        default: {},
      }),
      conditionalImportAsNixos: lib.mkOption({
        type: lib.types.submoduleWith({ class: "nixos", modules: [polymorphic] }),
        default: {},
      }),
      conditionalImportAsDarwin: lib.mkOption({
        type: lib.types.submoduleWith({ class: "darwin", modules: [polymorphic] }),
        default: {},
      }),
    },
  },
  config: {
    _module: { freeformType: lib.types.anything },
    nixos: lib.evalModules({ class: "nixos", modules: [expose] }),
    conditionalImportAsNixos: lib.evalModules({ class: "nixos", modules: [polymorphic] }),
    conditionalImportAsDarwin: lib.evalModules({ class: "darwin", modules: [polymorphic] }),
  },
});
