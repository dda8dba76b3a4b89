"""Entry script for the frozen build (PyInstaller needs a file, not an entry point)."""

import sys

from thiduadesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
