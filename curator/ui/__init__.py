"""The Qt user interface: the only package of Curator that imports Qt."""


def open_window(path):
    """The real main window on a project, shown (see :func:`curator.ui.app.open_window`)."""
    from curator.ui.app import open_window as _open_window

    return _open_window(path)
