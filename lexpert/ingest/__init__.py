"""Readers that turn a draft file into :class:`SourceText`.

``read_source(path)`` reads one draft (.docx, .odt, .pdf, .html/.htm, .txt, .md
or ``"-"`` for standard input); ``find_drafts(paths)`` expands directories into
draft files.  Bad input raises :class:`lexpert.errors.InputError`.
"""

from lexpert.ingest.discover import find_drafts
from lexpert.ingest.formats import SUPPORTED_EXTENSIONS
from lexpert.ingest.model import Block, SourceText
from lexpert.ingest.reader import read_source

__all__ = ["SUPPORTED_EXTENSIONS", "Block", "SourceText", "find_drafts", "read_source"]
