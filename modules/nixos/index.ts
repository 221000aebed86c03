/**
 * A stand-in for the NixOS options microvm.nix's guest modules read and set
 * (the table "NixOS stand-in" of shared/golden/microvm/README.md): enough
 * NixOS to evaluate `config.microvm` of a guest.
 */
import type { Module } from "../../lib/index.js";
import { assertionsModule } from "./assertions.js";
import { bootModule } from "./boot.js";
import { networkingModule } from "./networking.js";
import { nixModule } from "./nix.js";
import { servicesModule } from "./services.js";
import { systemModule } from "./system.js";
import { unreadOptionsModule } from "./unread.js";

export const nixosBaseModules: Module[] = [
  assertionsModule,
  networkingModule,
  bootModule,
  systemModule,
  nixModule,
  servicesModule,
  unreadOptionsModule,
];
