"""Which conditions "name only attributes, values, SOP classes, IODs or modules".

The issue's second threshold is over this subset. A condition is in it when,
after sections are resolved and names folded into references, (1) it holds at
least one reference (attribute, module, functional group, IOD, SOP class), (2)
every other word is a word of the grammar itself (connectives, verb phrases,
statement leads, scopes: :data:`GRAMMAR_WORDS`) or a value (an upper-case code
word, a number, a UID, quoted text, or words in parentheses after a value: its
meaning), and (3) no phrase of the undecidable catalogue occurs in it. The test
looks at the text only, never at the parse, so it can measure the parser.
"""

from __future__ import annotations

from generator.conditions import grammar, sentences, values
from generator.conditions.context import Vocabulary
from generator.conditions.tokens import normalize, resolve_sections, tokenize
from generator.conditions.undecidable import catalogued

_EXTRA = (
    "and or either neither nor not if the a an this that whose where when value values of is are "
    "be present otherwise may shall required one following sop class classes uid iod iods in item "
    "items frame first storage for images image with any has have been also only than other to "
    "equal equals attribute attributes module modules macro macros functional group groups "
    "sequence tag"
)


def _grammar_words() -> frozenset[str]:
    words: set[str] = set(_EXTRA.split())
    for phrase, _ in values._VERBS:
        words.update(phrase)
    for prefix in values._PREFIXES:
        words.update(prefix)
    for lead, _ in sentences._ROLES:
        words.update(lead)
    for scope in grammar._SCOPES:
        words.update(scope)
    for verb, _ in grammar._PRESENCE_VERBS:
        words.update(verb)
    return frozenset(word for word in words if word.isalpha() or "-" in word)


GRAMMAR_WORDS = _grammar_words()
_REFERENCES = ("attr", "module", "fg", "iod", "sop")


def names_only(text: str, names: Vocabulary) -> bool:
    """True when the condition names only attributes, values, SOP classes, IODs, modules."""
    source = resolve_sections(normalize(text), names)
    if catalogued(source):
        return False
    tokens = tokenize(source, names)
    if not any(token.kind in _REFERENCES and token.value is not None for token in tokens):
        return False
    depth = 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif token.kind == "section":
            return False
        elif token.kind == "word" and depth == 0:
            if token.low in GRAMMAR_WORDS or values._is_code_word(token.text):
                continue
            return False
        elif token.kind in _REFERENCES and token.value is None:
            return False
    return True
