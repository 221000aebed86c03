# The removed option balloonMem is defined; a user-set socket with a quote.
{
  networking.hostName = "old-vm";
  microvm.balloonMem = 512;
  microvm.socket = "it's.sock";
}
