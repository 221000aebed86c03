# guest.enable = false.
{
  networking.hostName = "off-vm";
  microvm.guest.enable = false;
}
