"""Choosing the reading of a word that fits its context (the default Russian tagger).

A function word whose best pymorphy3 reading has probability ≥ 0.5 keeps it
(``в``, ``о``, ``и`` are never nouns).  Otherwise the score of a reading is its
pymorphy3 probability plus context bonuses:

* **government**: after a preposition, a reading in a case it governs gains
  :data:`GOVERNED`; another case loses :data:`UNGOVERNED`.  The preposition stays
  active across modifiers (``в установленном законом порядке``) until a noun in a
  governed case closes the phrase, and comes back after ``и``/``или``/comma
  (``в органы и организации``);
* **agreement**: an adjective, determiner, numeral or participle agreeing in case,
  number and gender with a reading of the next word gains :data:`AGREEMENT`;
* **after a modifier**: a noun reading right after an adjective-like word gains
  :data:`AFTER_MODIFIER` (``персональных данных``: ``данные``, not ``данный``);
* **possessive or pronoun**: ``его``/``ее``/``их`` is the possessive ``DET`` only
  before a declinable word and not right after a verb (``рассматривает его``,
  ``вернуть ее заявителю`` → ``PRON``);
* **after «не»**: a comparative adverb gains :data:`AFTER_NOT` (``не позднее``);
* **after a number**: ``г.`` reads ``год`` (``2024 г.``), elsewhere ``город``.

The state carried from left to right is small, so the choice is cached on
(surface form, state, agreement keys of the next word).
"""

from __future__ import annotations

from typing import NamedTuple

from lexpert.nlp.ru.analyser import Reading, preposition_cases

GOVERNED = 1.0
UNGOVERNED = 0.3
AGREEMENT = 0.5
AFTER_MODIFIER = 0.3
POSSESSIVE = 0.5
AFTER_NOT = 0.5
AFTER_NUMBER = 0.5
SURE_FUNCTION_WORD = 0.5

_FUNCTION_WORDS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})
_MODIFIERS = frozenset({"ADJ", "DET", "NUM", "VERB"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
_POSSESSIVES = frozenset({"его", "ее", "их"})
_TRANSPARENT = frozenset({"ADV", "NUM"})

# what the previous word was
MODIFIER, VERB, NOT, NUMBER = "modifier", "verb", "not", "number"


class State(NamedTuple):
    """What the left context tells about the next word."""

    governed: frozenset[str] | None = None  # cases of an open prepositional phrase
    coordinated: frozenset[str] | None = None  # cases of the last closed one, for coordination
    previous: str = ""


START = State()


def is_modifier(reading: Reading) -> bool:
    """Adjectives, determiners, numerals and full participles agree with a noun."""
    return reading.agreement is not None and reading.upos in _MODIFIERS


def score(reading: Reading, state: State, following: frozenset[tuple]) -> float:
    """Context score of ``reading`` given the agreement keys of the next word."""
    value = reading.score
    if state.governed is not None and reading.case is not None:
        value += GOVERNED if reading.case in state.governed else -UNGOVERNED
    if is_modifier(reading) and reading.agreement in following:
        value += AGREEMENT
    if state.previous == MODIFIER and reading.upos in _NOMINALS:
        value += AFTER_MODIFIER
    if reading.upos == "DET" and reading.lemma in _POSSESSIVES:
        value += POSSESSIVE if following and state.previous != VERB else -POSSESSIVE
    if state.previous == NOT and "Degree=Cmp" in reading.feats:
        value += AFTER_NOT
    if state.previous == NUMBER and reading.lemma == "год":
        value += AFTER_NUMBER
    return value


def choose(readings: tuple[Reading, ...], state: State, following: frozenset[tuple]) -> int:
    """Index of the best reading in context."""
    if readings[0].upos in _FUNCTION_WORDS and readings[0].score >= SURE_FUNCTION_WORD:
        return 0
    best, best_score = 0, float("-inf")
    for index, reading in enumerate(readings):
        value = score(reading, state, following)
        if value > best_score:
            best, best_score = index, value
    return best


def advance(reading: Reading, state: State) -> State:
    """The state after ``reading``."""
    upos = reading.upos
    if upos == "ADP":
        return State(preposition_cases().get(reading.lemma))
    if upos in _NOMINALS:
        if state.governed is not None and reading.case in state.governed:
            return State(None, state.governed)
        return State(state.governed, state.coordinated)
    if is_modifier(reading):
        return State(state.governed, state.coordinated, MODIFIER)
    if upos == "CCONJ" or reading.lemma == ",":
        return State(state.governed or state.coordinated, state.coordinated)
    if upos == "PART" and reading.lemma == "не":
        return State(state.governed, state.coordinated, NOT)
    if upos in ("VERB", "AUX"):
        return State(previous=VERB)
    if upos == "NUM" and reading.lemma[0].isdigit():
        return State(state.governed, state.coordinated, NUMBER)
    if upos in _TRANSPARENT:
        return State(state.governed, state.coordinated)
    return START
