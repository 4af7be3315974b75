"""The Qt user interface. Only this package (and media/) imports Qt."""
