"""Batch checks: everything ``lexpert check`` and ``lexpert diff`` do below the CLI.

:func:`run` checks files and folders (configuration, include/exclude, a
process pool, progress, suppressions, baseline, severity overrides,
``--since``) and returns a :class:`BatchResult` with the results in input
order, the batch summary, notices and the exit code.  :func:`run_diff` checks
a new version of a draft against an old one.
"""

from lexpert.batch.options import CheckOptions
from lexpert.batch.run import BatchResult, run, run_diff
from lexpert.batch.summary import BatchSummary, RankedDraft

__all__ = ["BatchResult", "BatchSummary", "CheckOptions", "RankedDraft", "run", "run_diff"]
