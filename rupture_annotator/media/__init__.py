"""Playback and media files: the Player interface, libvlc player, playback clock, probing."""
