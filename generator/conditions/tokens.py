"""Condition text as tokens: words, punctuation, numbers, UIDs, quoted text, and references.

:func:`tokenize` reads the text once with a regular expression, then folds the
names it knows into reference tokens: an attribute with its tag in parentheses
(the name before the tag is consumed), an attribute named without its tag, a
module ("... Module"), a functional group macro, an IOD ("... IOD"), a SOP class
by name. "Section C.8.8.13" is first replaced by the name of the module, macro or
IOD whose table sits in that section (:func:`resolve_sections`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.conditions.context import Vocabulary, tag_number

_TOKEN = re.compile(
    r"""
    (?P<tag>\(\s*[0-9A-Fa-fx]{4}\s*,\s*[0-9A-Fa-fx]{4}\s*\))
  | (?P<abbr>\b(?:i\.e|e\.g|etc)\.|\bPS\s?3\.\d+)
  | (?P<section>\bSection\s+(?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?(?:\.\d+)*)
  | "(?P<quoted>[^"]*)"
  | (?P<uid>\d+(?:\.\d+){2,})
  | (?P<code>\d+[A-Za-z][A-Za-z0-9_]*)
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<word>[A-Za-z][A-Za-z0-9_'\-/+]*)
  | (?P<punct>[(),;:=<>.\[\]&])
    """,
    re.VERBOSE,
)

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
_SECTION = re.compile(
    r"\b(?:the\s+)?Section\s+(?P<label>(?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?(?:\.\d+)*)"
)
_SECTION_LABEL_END = re.compile(r"\.$")
_PARENTHETICAL_SECTION = re.compile(
    r"\s*\((?:see\s+)?(?:Section\s+[A-Z0-9.a-z]+|[A-Z]\.\d+(?:\.\d+)+[a-z]?)\)"
)
_BARE_SEE = re.compile(r"\b(see|See)\s+(?=[A-Z]\.\d+(?:\.\d+)+)")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``kind`` is word, punct, number, uid, quoted, attr, module, fg, iod, sop.

    ``value`` is the tag (attr), the canonical name (module, fg, iod), the UID (sop),
    the number (number); ``text`` what the text said.
    """

    kind: str
    text: str
    value: object = None

    @property
    def low(self) -> str:
        """The text in lower case (for words)."""
        return self.text.lower()

    def is_word(self, *words: str) -> bool:
        """True for a word token that is one of ``words`` (lower case)."""
        return self.kind == "word" and self.low in words


# Asides that state no rule: examples, and what the values then mean.
_ASIDES = (
    re.compile(r"\s*\(e\.g\.,?[^()]*\)"),
    re.compile(r",\s*in which case [^.;]*"),
)


def normalize(text: str) -> str:
    """Quotes straightened, whitespace collapsed, asides ("(e.g., CG, PPG, etc.)", ",
    in which case the values ...") dropped."""
    text = " ".join(text.translate(_QUOTES).split())
    for aside in _ASIDES:
        text = aside.sub("", text)
    return text


def resolve_sections(text: str, names: Vocabulary) -> str:
    """``the Section C.8.8.13`` -> ``RT Fraction Scheme Module`` where the IR knows it."""
    text = _PARENTHETICAL_SECTION.sub("", text)
    text = _BARE_SEE.sub(r"\1 Section ", text)

    def replace(match: re.Match[str]) -> str:
        label = _SECTION_LABEL_END.sub("", match.group("label"))
        target = names.section_target(label)
        if target is None:
            return match.group(0)
        kind, name = target
        suffix = {"module": "Module", "functional_group": "Functional Group Macro", "iod": "IOD"}
        tail = match.group(0)[len(match.group(0).rstrip(".")) :]
        return f"{name} {suffix[kind]}{tail}"

    return _SECTION.sub(replace, text)


def _raw_tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value: object = None
        raw = match.group(kind)
        if kind in ("code", "abbr"):
            kind = "word"
        if kind == "tag":
            value = tag_number("".join(raw.split()).upper().replace("X", "x"))
        elif kind == "number":
            value = float(raw) if "." in raw else int(raw)
        tokens.append(Token(kind, raw, value))
    return tokens


def _name_tokens(name: str) -> list[str]:
    return [t.text.lower() for t in _raw_tokens(name)]


def _fold_tags(tokens: list[Token], names: Vocabulary) -> list[Token]:
    """An attribute name followed by its tag becomes one ``attr`` token."""
    out: list[Token] = []
    for token in tokens:
        if token.kind != "tag":
            out.append(token)
            continue
        tag = token.value
        element = names.elements.get(tag) if isinstance(tag, int) else None
        if tag is None:
            out.append(Token("attr", token.text, None))
            continue
        wanted = _name_tokens(element.name) if element else []
        taken = _match_name_suffix(out, wanted)
        words = out[len(out) - taken :] if taken else []
        del out[len(out) - taken :]
        text = " ".join([*(w.text for w in words), token.text])
        out.append(Token("attr", text, (tag,)))
    return out


# Capitalized words that end the name written before a tag (they belong to the sentence).
_NAME_STOPS = frozenset(
    [
        "required",
        "if",
        "when",
        "where",
        "the",
        "this",
        "that",
        "and",
        "or",
        "shall",
        "may",
        "see",
        "note",
        "either",
        "neither",
        "both",
        "each",
        "any",
        "all",
        "only",
        "not",
        "no",
        "otherwise",
        "attribute",
        "attributes",
        "value",
        "values",
    ]
)
_MAX_EXTRA_NAME_WORDS = 4


def _squashed(words: Iterable[str]) -> str:
    """Lower case, no spaces or hyphens, no plural ``s``: names compared loosely."""
    return "".join(words).lower().replace("-", "").removesuffix("s")


def _match_name_suffix(before: list[Token], wanted: list[str]) -> int:
    """How many tokens at the end of ``before`` spell the attribute's name (or part of it).

    The tag decides which attribute is meant; the name written before it may differ
    from the data dictionary's ("Scan Option (0018,0022)", "Radiation Generation
    Modes" for "Radiation GenerationModes", "Intravascular Acquisition (0018,3100)"
    for IVUS Acquisition): the words spelling it loosely, else those in the name's
    vocabulary and up to four capitalized words before them, are the name.
    """
    n = len(wanted)
    taken = 0
    if n and len(before) >= n and [t.low for t in before[-n:]] == wanted:
        taken = n
    target = _squashed(wanted)
    for k in range(1, min(len(before), n + 3) + 1):
        words = before[-k:]
        if taken:
            break
        if all(t.kind == "word" for t in words) and _squashed(t.text for t in words) == target:
            return k
    taken = taken or _vocabulary_suffix(before, wanted)
    extra = 0
    while extra < _MAX_EXTRA_NAME_WORDS and taken < len(before):
        token = before[-1 - taken]
        if token.kind != "word" or not token.text[:1].isupper() or token.low in _NAME_STOPS:
            break
        taken += 1
        extra += 1
    return taken


def _vocabulary_suffix(before: list[Token], wanted: list[str]) -> int:
    """How many tokens at the end of ``before`` are words of the name."""
    vocabulary = set(wanted) | {part for word in wanted for part in word.split("-")}
    taken = 0
    while taken < len(before):
        token = before[-1 - taken]
        parts = token.low.split("-")
        if token.kind not in ("word", "punct") or not all(p in vocabulary for p in parts):
            break
        if token.kind == "punct" and token.text not in "()":
            break
        taken += 1
    while taken and before[len(before) - taken].kind == "punct":
        taken -= 1
    return taken


_SUFFIXED = (
    ("module", ("module",), ("modules",)),
    ("fg", ("functional", "group", "macro"), ("functional", "group", "macros")),
    ("fg", ("functional", "groups", "macros"), ()),
    ("fg", ("functional", "group", "module"), ()),
    ("fg", ("functional", "group"), ("functional", "groups")),
    ("fg", ("macro",), ("macros",)),
    ("iod", ("iod",), ("iods",)),
)
_MAX_NAME_WORDS = 12


FAMILY = "family:"
"""The value of an IOD token naming a family ("Image IOD", "Presentation State IOD")."""


def _lookup(kind: str, key: str, names: Vocabulary) -> str | None:
    if kind == "iod" and key in names.iod_families:
        return FAMILY + key
    table = {
        "module": names.modules,
        "fg": names.functional_groups,
        "iod": names.iods,
    }[kind]
    return table.get(key)


def _fold_named(tokens: list[Token], names: Vocabulary) -> list[Token]:
    """``<name> Module``, ``<name> Functional Group Macro``, ``<name> IOD`` -> references.

    A name in a list before a shared suffix ("Pixel Measures or Plane Position
    (Patient) Functional Group Macros") is folded too, with ``value`` its name.
    """
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        found = _named_at(tokens, i, names)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        kind, name, end = found
        out.append(Token(kind, " ".join(t.text for t in tokens[i:end]), name))
        i = end
    return _fold_listed(out, names)


def _named_at(tokens: list[Token], i: int, names: Vocabulary) -> tuple[str, str, int] | None:
    for length in range(min(_MAX_NAME_WORDS, len(tokens) - i), 0, -1):
        words = tokens[i : i + length]
        if words[0].kind != "word" or any(t.kind not in ("word", "punct") for t in words):
            continue
        if any(t.kind == "punct" and t.text not in "()" for t in words):
            continue
        key = _join(words)
        after = [t.low for t in tokens[i + length : i + length + 3]]
        for kind, singular, plural in _SUFFIXED:
            for suffix in (singular, plural):
                if suffix and after[: len(suffix)] == list(suffix):
                    name = _lookup(kind, key, names)
                    if name is not None:
                        return kind, name, i + length + len(suffix)
    return None


def _join(words: list[Token]) -> str:
    text = " ".join(t.text for t in words).lower()
    return text.replace("( ", "(").replace(" )", ")")


def _fold_listed(tokens: list[Token], names: Vocabulary) -> list[Token]:
    """A bare functional group / module name before ``or``/``,`` and a suffixed one."""
    out = list(tokens)
    index = len(out) - 1
    while index >= 0:
        token = out[index]
        index -= 1
        if token.kind not in ("fg", "module"):
            continue
        j = index
        while j >= 1 and (out[j].is_word("or", "and") or out[j].text == ","):
            while j >= 1 and (out[j - 1].is_word("or", "and") or out[j - 1].text == ","):
                j -= 1
            start = _bare_name_before(out, j, token.kind, names)
            if start is None:
                break
            name = _lookup(token.kind, _join(out[start:j]), names)
            out[start:j] = [Token(token.kind, " ".join(t.text for t in out[start:j]), name)]
            j = start - 1
            index = j
    return out


def _bare_name_before(tokens: list[Token], end: int, kind: str, names: Vocabulary) -> int | None:
    for start in range(max(0, end - _MAX_NAME_WORDS), end):
        words = tokens[start:end]
        if not words or words[0].kind != "word":
            continue
        if any(
            t.kind not in ("word", "punct") or (t.kind == "punct" and t.text not in "()")
            for t in words
        ):
            continue
        if _lookup(kind, _join(words), names) is not None:
            return start
    return None


def _fold_bare_attributes(tokens: list[Token], names: Vocabulary, local: set[str]) -> list[Token]:
    """An attribute named without its tag (two words or more, or a name of the table)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        hit = None
        if tokens[i].kind == "word" and tokens[i].text[:1].isupper():
            for length in range(min(_MAX_NAME_WORDS, len(tokens) - i), 0, -1):
                words = tokens[i : i + length]
                if any(t.kind not in ("word", "punct") for t in words):
                    continue
                if words[-1].kind == "punct" and words[-1].text != ")":
                    continue
                text = " ".join(t.text for t in words).replace("( ", "(").replace(" )", ")")
                tag = names.attribute_names.get(text)
                if tag is not None and (length >= 2 or text in local):
                    hit = (tag, length, text)
                    break
        if hit is None:
            out.append(tokens[i])
            i += 1
            continue
        tag, length, text = hit
        out.append(Token("attr", text, (tag,)))
        i += length
    return out


def tokenize(text: str, names: Vocabulary, local: set[str] | None = None) -> list[Token]:
    """The tokens of one clause, with every reference the vocabulary knows folded in."""
    tokens = _fold_tags(_raw_tokens(text), names)
    tokens = _fold_named(tokens, names)
    return _fold_bare_attributes(tokens, names, local or set())
