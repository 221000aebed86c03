# nix.enable = false, registerClosure default, aarch64 guest on aarch64, squashfs via storeDiskType.
{
  networking.hostName = "nonix";
  golden.system = "aarch64-linux";
  nix.enable = false;
  microvm.storeDiskType = "squashfs";
  microvm.storeDiskErofsFlags = [ "-zlz4" ];
}
