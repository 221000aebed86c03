# extra: qemu with emulated cpu on x86_64, 9p share only, balloon without deflate, vsock, storeOnDisk false.
{
  networking.hostName = "emu";
  microvm.cpu = "max";
  microvm.storeOnDisk = false;
  microvm.balloon = true;
  microvm.deflateOnOOM = false;
  microvm.vsock.cid = 7;
  microvm.shares = [ { proto = "9p"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; } ];
  microvm.volumes = [ { image = "v.img"; mountPoint = "/v"; size = 10; direct = true; } ];
}
