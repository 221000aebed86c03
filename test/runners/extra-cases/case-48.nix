# extra: aarch64 firecracker/qemu/ch with graphics, vcpu 2, volumes.
{
  networking.hostName = "armg";
  golden.system = "aarch64-linux";
  microvm.graphics.enable = true;
  microvm.vcpu = 2;
  microvm.volumes = [ { image = "a.img"; mountPoint = "/a"; size = 10; } ];
  microvm.interfaces = [ { type = "tap"; id = "t0"; mac = "02:00:00:00:00:01"; } ];
}
