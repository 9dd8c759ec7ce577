"""Exit codes and the user-facing error types.

Every error a user can cause is a :class:`LexpertError`: it names the file, says
what is wrong and what to do.  The CLI prints it on one line and exits with
:attr:`ExitCode.ERROR`; ``--debug`` shows the traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes shared by every command."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


class LexpertError(Exception):
    """An error caused by the user's input or configuration."""

    def __init__(self, path: str | None, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """One line: ``path: problem. hint``."""
        head = f"{self.path}: {self.problem}" if self.path else self.problem
        return f"{head}. {self.hint}" if self.hint else head


class InputError(LexpertError):
    """A draft that cannot be read (missing, corrupt, wrong format, too large...)."""


class ConfigError(LexpertError):
    """A configuration file or option with a bad key or value."""
