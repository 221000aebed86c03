import type { ModuleArgs } from "../../lib/index.js";
import type { PackageSet } from "../../pkgs/package-set.js";

/** What a NixOS module function receives here: the module system's arguments plus `pkgs`. */
export type NixosModuleArgs = ModuleArgs & { pkgs: PackageSet };
