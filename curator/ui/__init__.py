"""The Qt user interface: the only package of Curator that imports Qt."""
