"""Recognition rules for English temporal expressions and their normalisation.

Each rule is a named regular expression plus a handler. The handler looks at the match (and
the words around it) and either rejects it or returns one or more candidates: a span and a
*resolver*, a function that computes the TIMEX3 attributes once the context is known (the DCT,
the tense of the clause, the reference time set by earlier dates in the text).

Spans follow the TimeML guidelines: determiners and modifiers ("the", "last", "early",
"more than") are inside, prepositions ("on", "in", "since") are outside. A rule that needs a
preposition as context matches it outside the named group ``x``, which is the span.

Conventions used for values (ISO-TimeML / TempEval):
  "today" -> DCT, "now"/"currently" -> PRESENT_REF, "recently" -> PAST_REF,
  "this week" -> 2020-W23, "last year" -> 2019, "the third quarter" -> 2020-Q3,
  "the 1990s" -> 199, "three years" -> P3Y, "several months" -> PXM, "every week" -> P1W.
Without a DCT, values that need one are written with X placeholders ("XXXX-WXX-3") and the
anchor is "unresolved": a guessed date is never produced.

One module per family of rules; ``base`` holds the registry and the candidate search, ``helpers``
what several families share (see docs/temporal.md, "Modules").
"""

from __future__ import annotations

from .base import RULES, Candidate, Context, Resolved, Resolver, Rule, candidates, candidates_full

# The families, in the order their rules are registered: RULES keeps this order, and of two
# candidates with the same span and priority, selection keeps the one whose rule came first.
from . import (  # the modules register their rules when imported
    dates,
    ranges,
    weekdays_and_times,
    reference_words,
    relative_units,
    quarters,
    offsets,
    durations,
    sets,
    holidays,
    fraction_durations,
    month_relative_year,
    vague_periods,
)

__all__ = ["RULES", "Candidate", "Context", "Resolved", "Resolver", "Rule", "candidates", "candidates_full"]
