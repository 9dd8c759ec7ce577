"""Reading the YAML data of the rules layer: rules, checks' metadata, factors, the actor lexicon."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's parser when installed (same documents, a tenth of the time), else the pure-Python one
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The document of ``text``, read with :data:`LOADER` (raises ``yaml.YAMLError``)."""
    return yaml.load(text, Loader=LOADER)
