"""What a condition says of an attribute: verb phrases and the values after them.

A verb phrase ("is not present", "has a value greater than", "equals other
than", "contains more than one Item") is matched longest first; the values that
follow are read by the attribute's VR: CS and text values as written (upper case
words, or quoted), numbers for numeric VRs, tags for AT ("is Frame Time
(0018,1063) or Frame Time Vector (0018,1065)"), UIDs for UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from generator.ir.conditions import (
    And,
    CodeIn,
    Compare,
    ComparisonOp,
    HasValue,
    ItemCount,
    Not,
    Predicate,
    Present,
    Scalar,
    ValueIn,
)

if TYPE_CHECKING:
    from generator.conditions.grammar import Parser

NUMERIC_VRS = frozenset({"US", "SS", "UL", "SL", "IS", "DS", "FL", "FD", "SV", "UV"})
_NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


@dataclass(frozen=True, slots=True)
class VerbPhrase:
    """A matched verb phrase: what it builds and whether values follow it."""

    kind: str
    negated: bool = False
    comparison: ComparisonOp = "=="
    number: int | None = None
    present_first: bool = False

    @property
    def takes_values(self) -> bool:
        return self.kind in ("value", "compare", "code") and self.number is None

    def build(
        self, path: tuple[int, ...], index: int, values: tuple[Scalar, ...], vr: str
    ) -> Predicate:
        """The predicate the phrase states of the attribute at ``path``."""
        built = self._build(path, index, values, vr)
        if self.present_first and not isinstance(built, Present | HasValue):
            return And(operands=(Present(tag=path), built))
        return built

    def _build(
        self, path: tuple[int, ...], index: int, values: tuple[Scalar, ...], vr: str
    ) -> Predicate:
        if self.kind == "present":
            return Present(tag=path)
        if self.kind == "absent":
            return Not(operand=Present(tag=path))
        if self.kind == "has_value":
            return HasValue(tag=path)
        if self.kind == "no_value":
            return Not(operand=HasValue(tag=path))
        if self.kind == "empty":
            return And(operands=(Present(tag=path), Not(operand=HasValue(tag=path))))
        if self.kind == "items":
            return ItemCount(tag=path, comparison=self.comparison, count=self.number or 0)
        if self.kind == "compare":
            number = self.number if self.number is not None else values[0]
            return Compare(
                tag=path,
                index=index or 1,
                comparison=self.comparison,
                number=cast(int | float, number),
            )
        if self.kind == "code":
            pairs = tuple((str(values[i]), str(values[i + 1])) for i in range(0, len(values), 2))
            return CodeIn(tag=path, codes=pairs)
        return ValueIn(
            tag=path,
            index=index,
            test="not_in" if self.negated else "in",
            values=values,
            as_tag=vr == "AT",
        )


def _v(kind: str, **extra: object) -> VerbPhrase:
    return VerbPhrase(kind, **extra)  # type: ignore[arg-type]


_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("is", "present", "and"),
    ("is", "provided", "and"),
    ("is", "present", ","),
    ("is", "sent", "and"),
)

# Longest first at match time; ``present_first`` is set when a prefix was consumed.
_VERBS: tuple[tuple[tuple[str, ...], VerbPhrase], ...] = (
    (("is", "present", "with", "a", "value", "of"), _v("value", present_first=True)),
    (("is", "present", "with", "a", "value"), _v("has_value")),
    (("is", "present", "with", "value"), _v("value", present_first=True)),
    (
        ("is", "present", "with", "a", "value", "other", "than"),
        _v("value", negated=True, present_first=True),
    ),
    (("value", "is", "not"), _v("value", negated=True)),
    (("is", "of", "value"), _v("value")),
    (("is", "not", "present"), _v("absent")),
    (("are", "not", "present"), _v("absent")),
    (("are", "both", "absent"), _v("absent")),
    (("is", "absent"), _v("absent")),
    (("are", "absent"), _v("absent")),
    (("is", "not", "sent"), _v("absent")),
    (("is", "not", "included"), _v("absent")),
    (("does", "not", "exist"), _v("absent")),
    (("is", "missing"), _v("absent")),
    (("not", "present"), _v("absent")),
    (("has", "a", "value"), _v("has_value")),
    (("is", "not", "empty"), _v("has_value")),
    (("is", "non-empty"), _v("has_value")),
    (("is", "not", "zero", "length"), _v("has_value")),
    (("is", "not", "zero-length"), _v("has_value")),
    (("not", "empty"), _v("has_value")),
    (("is", "sent", "with", "a", "value"), _v("has_value")),
    (("has", "a", "non-empty", "value"), _v("has_value")),
    (("is", "non-zero", "length"), _v("has_value")),
    (("is", "non-null"), _v("has_value")),
    (("has", "a", "non-null", "value"), _v("has_value")),
    (("is", "empty"), _v("empty")),
    (("is", "zero", "length"), _v("empty")),
    (("is", "zero-length"), _v("empty")),
    (("has", "no", "value"), _v("empty")),
    (("is", "present"), _v("present")),
    (("are", "present"), _v("present")),
    (("is", "sent"), _v("present")),
    (("is", "included"), _v("present")),
    (("exists",), _v("present")),
    (("is", "used"), _v("present")),
    (("contains", "more", "than", "one", "item"), _v("items", comparison=">", number=1)),
    (("has", "more", "than", "one", "item"), _v("items", comparison=">", number=1)),
    (("contains", "more", "than", "one", "items"), _v("items", comparison=">", number=1)),
    (("contains", "two", "or", "more", "items"), _v("items", comparison=">=", number=2)),
    (("contains", "only", "one", "item"), _v("items", comparison="==", number=1)),
    (("contains", "one", "item"), _v("items", comparison="==", number=1)),
    (("has", "a", "value", "greater", "than", "or", "equal", "to"), _v("compare", comparison=">=")),
    (("is", "greater", "than", "or", "equal", "to"), _v("compare", comparison=">=")),
    (("is", "less", "than", "or", "equal", "to"), _v("compare", comparison="<=")),
    (("has", "a", "value", "greater", "than"), _v("compare", comparison=">")),
    (("has", "a", "value", "less", "than"), _v("compare", comparison="<")),
    (("is", "greater", "than"), _v("compare", comparison=">")),
    (("is", "more", "than"), _v("compare", comparison=">")),
    (("is", "less", "than"), _v("compare", comparison="<")),
    (("greater", "than"), _v("compare", comparison=">")),
    (("has", "a", "non-zero", "value"), _v("compare", comparison="!=", number=0)),
    (("has", "a", "nonzero", "value"), _v("compare", comparison="!=", number=0)),
    (("is", "non-zero"), _v("compare", comparison="!=", number=0)),
    (("is", "nonzero"), _v("compare", comparison="!=", number=0)),
    (("is", "not", "zero"), _v("compare", comparison="!=", number=0)),
    (("non-zero",), _v("compare", comparison="!=", number=0)),
    (("is", "zero"), _v("compare", comparison="==", number=0)),
    (("equals", "zero"), _v("compare", comparison="==", number=0)),
    (("has", "a", "value", "of", "zero"), _v("compare", comparison="==", number=0)),
    (("contains", "an", "item", "with", "the", "value"), _v("code")),
    (("contains", "an", "item", "with", "the", "value", "of"), _v("code")),
    (("contains", "either"), _v("value")),
    (("contains", "an", "item", "with", "a", "value", "of"), _v("code")),
    (("has", "a", "value", "other", "than"), _v("value", negated=True)),
    (("has", "any", "value", "other", "than"), _v("value", negated=True)),
    (("is", "any", "value", "other", "than"), _v("value", negated=True)),
    (("equals", "other", "than"), _v("value", negated=True)),
    (("equals", "a", "value", "other", "than"), _v("value", negated=True)),
    (("is", "other", "than"), _v("value", negated=True)),
    (("is", "not", "equal", "to"), _v("value", negated=True)),
    (("does", "not", "equal"), _v("value", negated=True)),
    (("does", "not", "have", "the", "value"), _v("value", negated=True)),
    (("does", "not", "have", "a", "value", "of"), _v("value", negated=True)),
    (("does", "not", "have", "the", "value", "of"), _v("value", negated=True)),
    (("do", "not", "contain", "a", "value"), _v("no_value")),
    (("does", "not", "contain", "a", "value"), _v("no_value")),
    (("is", "neither"), _v("value", negated=True)),
    (("is", "not"), _v("value", negated=True)),
    (("has", "a", "value", "of", "either"), _v("value")),
    (("equals", "one", "of", "the", "following", "values"), _v("value")),
    (("is", "one", "of", "the", "following"), _v("value")),
    (("has", "one", "of", "the", "following", "values"), _v("value")),
    (("has", "a", "value", "of"), _v("value")),
    (("has", "the", "value", "of"), _v("value")),
    (("has", "the", "value"), _v("value")),
    (("has", "value"), _v("value")),
    (("has", "values"), _v("value")),
    (("has", "values", "of"), _v("value")),
    (("has", "a", "value", "of", "more", "than"), _v("compare", comparison=">")),
    (("is", "not", "any", "of"), _v("value", negated=True)),
    (("contains",), _v("value")),
    (("contains", "the", "value"), _v("value")),
    (("contains", "a", "value", "of"), _v("value")),
    (("includes", "the", "value"), _v("value")),
    (("includes", "value"), _v("value")),
    (("includes", "the", "tag", "for"), _v("value")),
    (("includes", "the", "tag", "of"), _v("value")),
    (("includes", "the", "tag"), _v("value")),
    (("contains", "the", "tag", "for"), _v("value")),
    (("contains", "the", "tag", "of"), _v("value")),
    (("contains", "the", "tag"), _v("value")),
    (("includes", "a", "value", "of"), _v("value")),
    (("is", "equal", "to"), _v("value")),
    (("is", "set", "to"), _v("value")),
    (("is", "one", "of"), _v("value")),
    (("is", "either"), _v("value")),
    (("points", "to"), _v("value")),
    (("value", "is"), _v("value")),
    (("equals", "either"), _v("value")),
    (("equals",), _v("value")),
    (("=",), _v("value")),
    (("is",), _v("value")),
    (("are",), _v("value")),
)
_VERBS_LONGEST = tuple(sorted(_VERBS, key=lambda item: -len(item[0])))
_SOP_VERBS = ("is", "equals", "value", "has", "are", "=")


def match_verb(parser: Parser, *, sop: bool = False) -> VerbPhrase | None:
    """The verb phrase at the parser's position (consumed), or ``None``.

    After "is present and" the verb that follows is read with the presence kept
    ("is present and equals X"); when nothing known follows, plain "is present".
    """
    mark = parser.pos
    if not sop:
        for prefix in _PREFIXES:
            if parser.accept(*prefix):
                verb = _match(parser, sop=False)
                if verb is not None and verb.kind not in ("present", "absent"):
                    return VerbPhrase(
                        verb.kind, verb.negated, verb.comparison, verb.number, present_first=True
                    )
                parser.pos = mark
                break
    return _match(parser, sop=sop)


def _match(parser: Parser, *, sop: bool) -> VerbPhrase | None:
    for words, verb in _VERBS_LONGEST:
        if sop and (words[0] not in _SOP_VERBS or verb.kind != "value"):
            continue
        if parser.accept(*words):
            parser.accept(":")
            return verb
    return None


def ordinal_index(parser: Parser) -> int:
    """``Value 3 of`` / ``the third value of`` / ``the value of`` -> the index (0: any)."""
    mark = parser.pos
    parser.accept("the")
    words = parser.words_ahead(3)
    token = parser.peek()
    if words[:1] and words[0] in _ORDINALS and words[1:3] == ["value", "of"]:
        parser.pos += 3
        return _ORDINALS[words[0]]
    if token is not None and token.is_word("value", "values"):
        number = parser.peek(1)
        if number is not None and number.kind == "attr":
            parser.pos += 1
            return 0
        if number is not None and number.kind == "number" and words[2:3] == ["of"]:
            parser.pos += 3
            return int(cast(int, number.value))
        if number is not None and number.is_word("of", "for"):
            parser.pos += 2
            return 0
    if words[:1] in (["any"], ["a"]) and words[1:3] == ["value", "of"]:
        parser.pos += 3
        return 0
    parser.pos = mark
    return 0


def _is_code_word(text: str) -> bool:
    return bool(text) and text.upper() == text and any(c.isalpha() for c in text)


def read_values(parser: Parser, verb: VerbPhrase, vr: str) -> tuple[Scalar, ...]:
    """The values after a verb phrase, separated by ``,`` / ``or`` / ``, or`` / ``nor``."""
    if verb.kind == "code":
        return tuple(part for code in read_codes(parser) for part in code)
    values: list[Scalar] = []
    while True:
        value = _read_value(parser, vr, numeric=verb.kind == "compare")
        if value is None:
            break
        values.append(value)
        if verb.kind == "compare":
            break
        if not _value_separator(parser, vr):
            break
    if not values:
        from generator.conditions.grammar import ConditionSyntaxError

        token = parser.peek()
        raise ConditionSyntaxError(
            f"no value after the verb at {token.text if token else 'the end'!r}"
        )
    return tuple(values)


def _value_separator(parser: Parser, vr: str) -> bool:
    mark = parser.pos
    while (token := parser.peek()) is not None and (
        token.text == "," or token.is_word("or", "nor")
    ):
        parser.pos += 1
    if parser.pos == mark:
        return False
    probe = parser.pos
    if _read_value(parser, vr, numeric=False) is not None:
        parser.pos = probe
        return True
    parser.pos = mark
    return False


def _read_value(parser: Parser, vr: str, *, numeric: bool) -> Scalar | None:
    token = parser.peek()
    if token is None:
        return None
    if vr == "AT" and not numeric:
        if token.kind == "attr" and isinstance(token.value, tuple) and len(token.value) == 1:
            parser.pos += 1
            return cast(int, token.value[0])
        return None
    if numeric or vr in NUMERIC_VRS:
        if token.kind == "number":
            parser.pos += 1
            _skip_parenthetical_name(parser)  # "is 3 (Code Sequence look up)"
            return cast(int | float, token.value)
        if token.kind == "quoted" and _number(token.text) is not None:
            parser.pos += 1
            return _number(token.text)
        if token.low in _NUMBER_WORDS:
            parser.pos += 1
            return _NUMBER_WORDS[token.low]
        return None
    if token.kind == "quoted":
        parser.pos += 1
        return token.text.strip()
    if vr == "UI":
        return _read_uid(parser)
    if token.kind == "number" and vr not in ("UI",):
        parser.pos += 1
        return token.text
    if token.kind == "word" and _is_code_word(token.text):
        words = [token.text]
        parser.pos += 1
        while (nxt := parser.peek()) is not None and nxt.kind in ("word", "number"):
            if not _is_code_word(nxt.text) and nxt.kind != "number":
                break
            words.append(nxt.text)
            parser.pos += 1
        _skip_parenthetical_name(parser)
        return " ".join(words)
    return None


def _read_uid(parser: Parser) -> str | None:
    """A UID, bare or quoted, maybe after its name and with its name in parentheses after
    it: ``RT Structure Set Storage (1.2.840.10008.5.1.4.1.1.481.3)``."""
    mark = parser.pos
    for _ in range(12):
        token = parser.peek()
        if token is None:
            break
        if token.kind == "uid" or (token.kind == "quoted" and _is_uid(token.text)):
            parser.pos += 1
            if parser.peek() is not None and parser.peek().text == ")":  # type: ignore[union-attr]
                if mark < parser.pos - 1 and parser.tokens[parser.pos - 2].text == "(":
                    parser.pos += 1
            else:
                _skip_parenthetical_name(parser)
            return token.text
        if token.kind not in ("word", "punct") or token.is_word("and", "or", "if"):
            break
        if token.kind == "punct" and token.text != "(":
            break
        parser.pos += 1
    parser.pos = mark
    return None


def _is_uid(text: str) -> bool:
    parts = text.split(".")
    return len(parts) >= 3 and all(part.isdigit() for part in parts)


def _skip_parenthetical_name(parser: Parser) -> None:
    token = parser.peek()
    if token is None or token.text != "(":
        return
    depth = 0
    for offset in range(len(parser.tokens) - parser.pos):
        text = parser.tokens[parser.pos + offset].text
        depth += text == "("
        depth -= text == ")"
        if depth == 0:
            parser.pos += offset + 1
            return


def _number(text: str) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def read_codes(parser: Parser) -> tuple[tuple[str, str], ...]:
    """``(V, S, "meaning") or (V, S, "meaning")``: the (value, scheme) pairs."""
    codes: list[tuple[str, str]] = []
    while True:
        value, scheme = _read_code(parser)
        codes.append((str(value), str(scheme)))
        mark = parser.pos
        while (token := parser.peek()) is not None and (token.text == "," or token.is_word("or")):
            parser.pos += 1
        token = parser.peek()
        if parser.pos == mark or token is None or token.text != "(":
            parser.pos = mark
            return tuple(codes)


def _read_code(parser: Parser) -> tuple[Scalar, ...]:
    """``(111784, DCM, "meaning")``: the value and the scheme designator."""
    from generator.conditions.grammar import ConditionSyntaxError

    tokens = parser.tokens[parser.pos :]
    if len(tokens) < 5 or tokens[0].text != "(" or tokens[2].text != ",":
        raise ConditionSyntaxError("a code (value, scheme, meaning) was expected")
    value, scheme = tokens[1].text, tokens[3].text
    parser.pos += 4
    _skip_to_close(parser)
    return (value, scheme)


def _skip_to_close(parser: Parser) -> None:
    while (token := parser.peek()) is not None:
        parser.pos += 1
        if token.text == ")":
            return
