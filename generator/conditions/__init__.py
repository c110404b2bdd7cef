"""The condition grammar: PS3.3 condition texts -> :class:`~generator.ir.conditions.ConditionRule`.

``tokens`` reads a text into tokens and folds known names into references,
``sentences`` splits it into statements, ``grammar`` and ``values`` read each
expression, ``undecidable`` names the phrases the data set cannot decide,
``rules`` assembles a rule, ``attach`` puts the rules on the IR.
"""

from generator.conditions.context import Vocabulary, Where, vocabulary
from generator.conditions.rules import parse_condition

__all__ = ["Vocabulary", "Where", "parse_condition", "vocabulary"]
