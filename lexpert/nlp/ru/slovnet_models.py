"""The slovnet and navec model files shipped inside the natasha wheel, loaded once.

natasha itself is never imported (it drags in pymorphy2, broken on Python 3.11):
its data directory is found with :func:`importlib.util.find_spec`.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from lexpert.errors import LexpertError

NAVEC = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH = "model/slovnet_morph_news_v1.tar"
SYNTAX = "model/slovnet_syntax_news_v1.tar"


def _model_path(relative: str) -> Path:
    spec = importlib.util.find_spec("natasha")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "data" / relative
        if path.is_file():
            return path
    raise LexpertError(
        None,
        f"the Russian model file {relative} is missing (looked in the natasha package data)",
        "reinstall lexpert's dependencies: pip install natasha==1.6.0",
    )


@cache
def navec() -> Any:
    """The navec word embeddings."""
    from navec import Navec

    return Navec.load(str(_model_path(NAVEC)))


@cache
def morph_tagger() -> Any:
    """slovnet's morphological tagger (UPOS + UD features)."""
    from slovnet import Morph

    model = Morph.load(str(_model_path(MORPH)), batch_size=64)
    model.navec(navec())
    return model


@cache
def syntax_parser() -> Any:
    """slovnet's dependency parser."""
    from slovnet import Syntax

    model = Syntax.load(str(_model_path(SYNTAX)), batch_size=64)
    model.navec(navec())
    return model
