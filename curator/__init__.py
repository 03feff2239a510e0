"""Curator: turn news articles and reports into a verified database of figures.

Everything in this package except :mod:`curator.ui` is Qt-free and runs without a
display; ``tests/test_core_is_qt_free.py`` enforces it.
"""

__version__ = "0.1.0"
