"""Entry point of the frozen application (PyInstaller)."""

import multiprocessing
import sys

from curator.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
