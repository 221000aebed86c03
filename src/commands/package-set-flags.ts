/** The `--pkgs`, `--system` and `--build-system` flags every evaluating command takes. */
import type { PackageSetChoice } from "../evaluate.js";

export interface PackageSetFlags {
  pkgs?: string;
  system?: string;
  buildSystem?: string;
}

export function packageSetChoice(flags: PackageSetFlags): PackageSetChoice {
  return {
    ...(flags.pkgs === undefined ? {} : { pkgsFile: flags.pkgs }),
    ...(flags.system === undefined ? {} : { system: flags.system }),
    ...(flags.buildSystem === undefined ? {} : { buildSystem: flags.buildSystem }),
  };
}
