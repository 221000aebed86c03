/** The microvm.nix guest modules (`microvm.nixosModules.microvm`), to evaluate with a NixOS (see modules/nixos). */
import type { Module } from "../../lib/index.js";
import { microvmModule } from "./default.js";

export const microvmModules: Module[] = [microvmModule];
