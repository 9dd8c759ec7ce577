"""The structure of a legal act: a tree of units with offsets, lines and kk/ru addresses."""

from lexpert.structure.model import Unit
from lexpert.structure.parser import parse_structure

__all__ = ["Unit", "parse_structure"]
