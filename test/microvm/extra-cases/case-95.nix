# openssh with the host store shared, old kernel, forwardPorts on cloud-hypervisor, ch vsock via extraArgs.
{
  networking.hostName = "ssh-vm";
  golden.versions.linux = "5.15.1";
  services.openssh.enable = true;
  microvm.hypervisor = "cloud-hypervisor";
  microvm.cloud-hypervisor.extraArgs = [ "--vsock" "cid=5,socket=x.vsock" ];
  microvm.forwardPorts = [ { from = "host"; host.port = 2222; guest.port = 22; } ];
  microvm.shares = [ { source = "/nix/store"; mountPoint = "/nix/.ro-store"; tag = "ro-store"; } ];
  microvm.interfaces = [ { type = "user"; id = "u"; mac = "02:00:00:00:00:01"; } ];
  microvm.vcpu = 3;
}
