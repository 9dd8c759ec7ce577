"""Readers that turn a draft file into :class:`SourceText`."""
