/**
 * nixos-modules/microvm/default.nix: the microvm.nix guest module — every
 * part of it, and `microvm.runner.<hypervisor>` for each hypervisor.
 */
import type { Module } from "../../lib/index.js";
import type { PackageSet } from "../../pkgs/package-set.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { microvmAssertsModule } from "./asserts.js";
import { microvmBootDiskModule } from "./boot-disk.js";
import { microvmGraphicsModule } from "./graphics.js";
import { hypervisors } from "./hypervisors.js";
import { microvmInterfacesModule } from "./interfaces.js";
import { microvmOptimizationModule } from "./optimization.js";
import { microvmOptionsModule } from "./options.js";
import { microvmPciDevicesModule } from "./pci-devices.js";
import { runnerPackage } from "./runner-package.js";
import { microvmSshDeployModule } from "./ssh-deploy.js";
import { microvmStoreDiskModule } from "./store-disk.js";
import { microvmSystemModule } from "./system.js";
import { microvmVirtiofsdModule } from "./virtiofsd.js";

export const microvmModule: Module = ({ config }: NixosModuleArgs) => {
  const runner: Record<string, unknown> = {};
  for (const hypervisor of hypervisors) {
    Object.defineProperty(runner, hypervisor, {
      enumerable: true,
      get: () => {
        const vmHostPackages = config.microvm.vmHostPackages as PackageSet | null;
        if (vmHostPackages === null) {
          throw new Error(`microvm.runner.${hypervisor}: \`microvm.vmHostPackages' is null, but the runner is built with its buildPackages.`);
        }
        return runnerPackage(vmHostPackages.buildPackages, config.networking.hostName, hypervisor, () => config.microvm);
      },
    });
  }
  return {
    _file: "modules/microvm/default.ts",
    // upstream's mounts.nix only sets fileSystems and systemd mount units, which nothing here reads
    imports: [
      microvmBootDiskModule,
      microvmStoreDiskModule,
      microvmOptionsModule,
      microvmAssertsModule,
      microvmSystemModule,
      microvmInterfacesModule,
      microvmPciDevicesModule,
      microvmVirtiofsdModule,
      microvmGraphicsModule,
      microvmOptimizationModule,
      microvmSshDeployModule,
    ],
    config: { microvm: { runner } },
  };
};
