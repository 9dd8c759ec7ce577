"""``lexpert parse``: print the structural tree of drafts."""

from __future__ import annotations

from lexpert.cli._app import app
