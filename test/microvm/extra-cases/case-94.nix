# writableStoreOverlay with nix.optimise.automatic, flushL1DataCache = "always", firecracker.
{
  networking.hostName = "ov";
  microvm.hypervisor = "firecracker";
  microvm.writableStoreOverlay = "/nix/.rw-store";
  nix.optimise.automatic = true;
  security.virtualisation.flushL1DataCache = "always";
  microvm.graphics.enable = true;
}
