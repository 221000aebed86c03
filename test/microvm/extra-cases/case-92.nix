# macvtap and tap interfaces with vcpu = 2 on stratovirt.
{
  networking.hostName = "mv";
  microvm.hypervisor = "stratovirt";
  microvm.vcpu = 2;
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-mv0"; mac = "02:00:00:00:00:01"; macvtap.link = "eth0"; macvtap.mode = "bridge"; }
    { type = "tap"; id = "vm-tap0"; mac = "02:00:00:00:00:02"; }
  ];
}
