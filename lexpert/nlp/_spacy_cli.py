"""A stand-in for ``spacy.cli`` until something asks for it.

``import spacy`` runs ``from .cli.info import info``, which imports spaCy's whole
command line (typer, weasel, requests, httpx).  lexpert never uses it, so before
spaCy is first imported, ``spacy.cli`` and ``spacy.cli.info`` are registered as
stand-ins.  Any attribute read from them (``spacy.info``, ``spacy.cli.download``…)
swaps in the real modules and returns the real attribute, so code that does use
the CLI still works.  Nothing is done when spaCy is already imported, or when
``LEXPERT_SPACY_CLI=eager`` is set.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType
from typing import Any

_NAMES = ("spacy.cli.info", "spacy.cli")


class _Deferred(ModuleType):
    """A module that becomes the real one on first attribute access."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if self.__name__ == "spacy.cli.info" and name == "info":
            # ``from .cli.info import info`` in spacy/__init__.py: hand over the stand-ins
            setattr(sys.modules["spacy"], "cli", sys.modules["spacy.cli"])
            return _info
        return getattr(_load_real(self.__name__), name)


def _load_real(name: str) -> ModuleType:
    for stand_in in _NAMES:
        if isinstance(sys.modules.get(stand_in), _Deferred):
            del sys.modules[stand_in]
    import_module("spacy.cli")
    return import_module(name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real function, loaded on call."""
    return _load_real("spacy.cli.info").info(*args, **kwargs)


def defer_spacy_cli() -> None:
    """Register the stand-ins unless spaCy (or its CLI) is already imported."""
    if os.environ.get("LEXPERT_SPACY_CLI") == "eager" or "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _Deferred("spacy.cli")
    cli.__path__ = [os.path.join(location, "cli") for location in spec.submodule_search_locations]
    info = _Deferred("spacy.cli.info")
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
