"""Allow ``python -m lexpert``."""

from lexpert.cli import main

main()
