# Extra: crosvm pivotRoot/extraArgs, vsock, shares (writable 9p + virtiofs), forwardPorts without a user interface.
{
  networking.hostName = "misc";
  microvm.crosvm.pivotRoot = "/run/crosvm-root";
  microvm.crosvm.extraArgs = [ "--foo" "bar baz" ];
  microvm.vsock.cid = 5;
  microvm.systemSymlink = false;
  microvm.shares = [
    { proto = "9p"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; }
    { proto = "virtiofs"; tag = "data"; source = "/srv/data"; mountPoint = "/data"; socket = "data.sock"; }
  ];
  microvm.forwardPorts = [ { from = "host"; host.port = 2222; guest.port = 22; } ];
  microvm.interfaces = [ { type = "tap"; id = "vm-t"; mac = "02:00:00:00:00:09"; } ];
}
