"""The condition grammar of template rows (PS3.16 Section 6.1.8) -> :class:`RowCondition`.

PS3.3 conditions name attributes; a template row's condition names other rows of
the same template ("IF Row 2 not present", "XOR Rows 3, 4"), coded values of
rows ("IFF value of Row 1 = (121006, DCM, "Person")"), the parent's value and the
root concept. Codes are folded into placeholders first, so that "and" / "or"
inside a code meaning do not split an expression.

- ``IF`` X: shall be present if X is true (MC), may be present if X (UC);
- ``IFF`` X: as IF, and shall not be present if X is false;
- ``XOR Rows A, B``: one and only one of this row and rows A, B: required when
  none of them is present, forbidden when one is;
- ``At least one of Rows A, B shall be present``: required when none of the
  others is present;
- ``May/Shall be present only if`` X: forbidden when X is false;
- ``Shall be present unless`` X: required when X is false;
- ``Shall not be present if`` X: forbidden when X is true;
- ``At least two items shall be present: two of Row A, two of Row B, or one of each``:
  rows A and B hold two items or more between them (a :class:`RowCount`);
- ``Number of instances of this row shall equal value of Row A, plus 1``: the row
  holds as many items as row A's numeric value plus one (a :class:`RowCount`).

A statement naming no row, parent or root ("IF this Template is invoked more
than once ...") depends on facts outside the content tree: ``undecidable``. A
statement that names rows but that the grammar cannot read is ``unparsed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ir.templates import (
    ConceptCode,
    ConceptPresent,
    ConditionStatus,
    ParentCode,
    RootConcept,
    RowAnd,
    RowCode,
    RowConcept,
    RowCondition,
    RowCount,
    RowNot,
    RowOr,
    RowPredicate,
    RowPresent,
    Unknown,
)

CODE = re.compile(
    r'\(\s*([^,()"]+?)\s*,\s*([^,"()]+?)\s*,\s*(?:"([^"]*)"\s*\)|"([^"]*?)(?:\)|"?$))'
)
_PLACEHOLDER = re.compile(r"§(\d+)")
_KEY = r"\d+[a-z]?\d*"
_LIST = rf"{_KEY}(?:\s*(?:,|,?\s*and|,?\s*or|-)\s*{_KEY})*"
_ROWS = re.compile(rf"^rows?\s+({_LIST})\s*(.*)$", re.IGNORECASE)
_ABSENT = re.compile(
    r"^(?:is|are)?\s*(?:absent|(?:is |are )?not present|does not exist|do not exist|not exist)$",
    re.IGNORECASE,
)
#: Phrases about a row that the content tree alone cannot decide: they test what a
#: code or a referenced object means, not which code it is.
_ROW_MEANING = re.compile(
    r"\b(?:has laterality|indicates|specifies|references an?|is estimated|exceeds|"
    r"measurement concept is in|contains more than|code meaning|value of an Attribute|"
    r"different report|duplicated from|is from DCID|items of row|does not contain|"
    r"contains a number|selected in row|number of instances|value is <|is > )\b",
    re.IGNORECASE,
)
_OTHER_TEMPLATE = re.compile(
    r"\bTID\s*\(?\d+\w*\)?(?:\s*“[^”]*”)?\s+row\b|\brow\s+\w+\s+of\s+TID\b", re.IGNORECASE
)
_PRESENT = re.compile(r"^(?:is|are)?\s*present$", re.IGNORECASE)
_CODES_ONLY = re.compile(r"^§\d+(?:\s*(?:,|or|OR|,\s*or)\s*§\d+)*$")
#: Facts of the world, the acquisition or the invocation, not of the content tree.
_OUTSIDE = re.compile(
    r"\b(?:is defined|is known|is significant|Root Template for|in the Image Instance|"
    r"are reported|is encoded in DICOM|invoked|exist that)\b",
    re.IGNORECASE,
)
_ROW_WORDS = re.compile(r"\brows?\b|\bparent\b|\broot\b|§", re.IGNORECASE)
_NEGATION = re.compile(
    r"^(.*?)\s*(?:does not equal|is not equal to|is not|!=|≠)\s+(§.+)$", re.IGNORECASE
)


class _UnreadError(Exception):
    """The grammar cannot read this statement."""


@dataclass(slots=True)
class _Text:
    """A statement with its codes folded to ``§n``; ``codes`` holds (value, scheme)."""

    text: str
    codes: list[tuple[str, str]] = field(default_factory=list)

    def code_list(self, text: str) -> tuple[tuple[str, str], ...]:
        """The codes of a ``§1 or §2`` phrase (``EV``/``DT`` and ``equals`` allowed)."""
        text = re.sub(r"\b(?:EV|DT|equals)\s+", "", text).strip().rstrip(",").strip()
        if not _CODES_ONLY.match(text):
            raise _UnreadError(f"not a list of codes: {text!r}")
        return tuple(self.codes[int(n)] for n in _PLACEHOLDER.findall(text))


def fold_codes(text: str) -> _Text:
    """Replace each ``(CV, CSD, "CM")`` by ``§n`` and collect the codes."""
    folded = _Text("")
    parts: list[str] = []
    last = 0
    for match in CODE.finditer(text):
        parts.append(text[last : match.start()])
        parts.append(f"§{len(folded.codes)}")
        folded.codes.append((match.group(1).strip(), match.group(2).strip()))
        last = match.end()
    parts.append(text[last:])
    joined = "".join(parts).replace(" & ", " and ")
    # "Row 28 is present and equals X or equals Y" (TID 10013): a row's value
    joined = re.sub(r"\bis present and equals\b", "=", joined)
    joined = re.sub(r"\bor equals\b", "or", joined)
    joined = re.sub(r"\band if\b", "and", joined, flags=re.IGNORECASE)
    joined = re.sub(r"\bconcept value of row\b", "value of Row", joined, flags=re.IGNORECASE)
    joined = re.sub(r"(root Concept Name Code Sequence) (§)", r"\1 = \2", joined)
    # "any of §0, §1 or §2 are present" (TID 10007): one list, not an "or" of atoms
    joined = re.sub(r"\b(any of (?:§\d+,\s*)*§\d+),?\s+or\s+(§\d+)", r"\1, \2", joined)
    folded.text = re.sub(r"\s+", " ", joined).strip().rstrip(".").strip()
    return folded


def row_keys(text: str) -> tuple[str, ...]:
    """``"3, 4 and 5"`` -> ``("3", "4", "5")``; ``"4-6"`` -> ``("4", "5", "6")``."""
    keys: list[str] = []
    for piece in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", text):
        piece = piece.strip()
        if not piece:
            continue
        span = re.fullmatch(r"(\d+)\s*-\s*(\d+)", piece)
        if span and int(span.group(1)) < int(span.group(2)):
            keys.extend(str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1))
        elif re.fullmatch(_KEY, piece):
            keys.append(piece)
        else:
            raise _UnreadError(f"not a row list: {text!r}")
    return tuple(keys)


def _any_present(keys: tuple[str, ...]) -> RowPredicate:
    present: list[RowPredicate] = [RowPresent(row=key) for key in keys]
    return present[0] if len(present) == 1 else RowOr(operands=tuple(present))


def _atom(text: str, folded: _Text) -> RowPredicate:
    """One atom: row presence, a row's value, the parent's or the root's value."""
    text = re.sub(r"^(?:the\s+)", "", text.strip(), flags=re.IGNORECASE)
    while text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    if re.search(r"\$\w", text):
        return Unknown(reason=f"a parameter's value, set by the invoking template: {text}")
    sibling = re.match(r"^(?:any of\s+)?(§.+?)\s+(?:is|are)\s+(not\s+)?present$", text)
    if sibling:
        codes = folded.code_list(sibling.group(1))
        sibling_present = ConceptPresent(codes=codes)
        return RowNot(operand=sibling_present) if sibling.group(2) else sibling_present
    valued = re.match(r"^value of (§\d+) (?:is|=|equals) (§.+)$", text, re.IGNORECASE)
    if valued:
        (named,) = folded.code_list(valued.group(1))
        return ConceptCode(concept=named, codes=folded.code_list(valued.group(2)))
    if _OTHER_TEMPLATE.search(text):
        return Unknown(reason=f"a row of another template: {text}")
    if _ROW_MEANING.search(text):
        return Unknown(reason=f"what a row's value means: {text}")
    negated = _NEGATION.match(text)
    if negated and "§" not in negated.group(1):
        return RowNot(operand=_atom(f"{negated.group(1)} = {negated.group(2)}", folded))
    concept = re.match(
        rf"^(?:concept name of row\s+({_KEY})|row\s+({_KEY})\s+concept(?: name)?)\s*"
        r"(?:=|is)\s+(§.+)$",
        text,
        re.IGNORECASE,
    )
    if concept:
        key = concept.group(1) or concept.group(2)
        return RowConcept(row=key, codes=folded.code_list(concept.group(3)))
    value = re.match(
        rf"^(?:value of row\s+({_KEY})|row\s+({_KEY})(?:\s+[A-Za-z]+){{0,2}}\s+value"
        rf"|row\s+({_KEY}))\s*"
        r"(?:=|is|equals|has a value of|is present with a value of)\s+((?:EV |DT )?§.+)$",
        text,
        re.IGNORECASE,
    )
    if value:
        key = next(g for g in value.groups()[:3] if g)
        return RowCode(row=key, codes=folded.code_list(value.group(4)))
    parent = re.match(r"^value of (?:the )?parent (?:is|=)\s+(.+)$", text, re.IGNORECASE)
    if parent:
        return ParentCode(codes=folded.code_list(parent.group(1)))
    root = re.match(
        r"^root (?:concept name code sequence|concept name|node concept name)\s*(?:=|is)\s+(.+)$",
        text,
        re.IGNORECASE,
    )
    if root:
        return RootConcept(codes=folded.code_list(root.group(1)))
    rows = _ROWS.match(text.replace(" & ", " and "))
    if rows:
        keys = row_keys(rows.group(1))
        rest = rows.group(2).strip()
        joined_by_or = re.search(r"\bor\b", rows.group(1), re.IGNORECASE) is not None
        if _ABSENT.match(rest):
            absent: list[RowPredicate] = [RowNot(operand=RowPresent(row=k)) for k in keys]
            if len(absent) == 1:
                return absent[0]
            if joined_by_or:
                return RowOr(operands=tuple(absent))
            return RowAnd(operands=tuple(absent))
        if _PRESENT.match(rest):
            present: list[RowPredicate] = [RowPresent(row=k) for k in keys]
            if len(present) == 1:
                return present[0]
            return (
                RowOr(operands=tuple(present)) if joined_by_or else RowAnd(operands=tuple(present))
            )
    raise _UnreadError(f"cannot read {text!r}")


def _expression(text: str, folded: _Text) -> RowPredicate:
    """Atoms joined by ``or`` (looser) and ``and``; a list of rows stays one atom."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    if re.fullmatch(rf"rows?\s+{_LIST}", text, re.IGNORECASE):
        text += " is present"
    try:
        return _atom(text, folded)
    except _UnreadError:
        pass
    for word, build in (("or", RowOr), ("and", RowAnd)):
        pieces = re.split(rf",?\s+\b{word}\b\s+(?!\d)", text, flags=re.IGNORECASE)
        if len(pieces) > 1:
            operands = tuple(_expression(piece, folded) for piece in pieces)
            return build(operands=operands)
    return _atom(text, folded)


@dataclass(slots=True)
class _Rule:
    required: list[RowPredicate] = field(default_factory=list)
    forbidden: list[RowPredicate] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    count: RowCount | None = None


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_AT_LEAST = re.compile(
    rf"^at least ({'|'.join(_NUMBERS)}|\d+) items shall be present:\s*(.+)$", re.IGNORECASE
)
_VALUE_COUNT = re.compile(
    rf"^(?:the )?number of instances of this row shall equal (?:the )?value of row ({_KEY})"
    r"(?:,?\s*plus (\d+))?$",
    re.IGNORECASE,
)


def _count(text: str) -> RowCount | None:
    """A statement that counts items (module docstring), or ``None``."""
    value = _VALUE_COUNT.match(text)
    if value:
        return RowCount(value_of=value.group(1), plus=int(value.group(2) or 0))
    least = _AT_LEAST.match(text)
    if not least:
        return None
    at_least = _NUMBERS.get(least.group(1).lower()) or int(least.group(1))
    # the ways to meet it, each "<n> of Row K" or "one of each" (of the rows named)
    keys: list[str] = []
    each = False
    for way in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", least.group(2).strip()):
        way_of = re.fullmatch(rf"(?:{'|'.join(_NUMBERS)}|\d+) of rows? ({_KEY})", way, re.I)
        if way_of:
            keys.append(way_of.group(1))
        elif re.fullmatch(r"one of each", way, re.IGNORECASE):
            each = True
        else:
            raise _UnreadError(f"cannot read the ways to meet {text!r}")
    if len(set(keys)) < 2 and each:
        raise _UnreadError(f"'one of each' of fewer than two rows: {text!r}")
    return RowCount(rows=tuple(dict.fromkeys(keys)), at_least=at_least)


def _statement(text: str, folded: _Text, rule: _Rule) -> None:
    if "; " in text or re.search(r"\band IFF\b", text):
        for part in re.split(r";\s*|\s+and (?=IFF\b)", text):
            _statement(part.strip(), folded, rule)
        return
    count = _count(text)
    if count is not None:
        rule.count = count
        return
    xor = re.match(rf"^XOR\s+(?:with\s+)?rows?\s+({_LIST})$", text, re.IGNORECASE)
    if xor:
        others = _any_present(row_keys(xor.group(1)))
        rule.required.append(RowNot(operand=others))
        rule.forbidden.append(others)
        return
    least = re.match(
        rf"^(?:at least one|one or both) of (?:the )?rows?\s+({_LIST}) (?:shall|must) be present$",
        text,
        re.IGNORECASE,
    )
    if least:
        rule.required.append(RowNot(operand=_any_present(row_keys(least.group(1)))))
        return
    forms: tuple[tuple[str, bool, bool, bool], ...] = (
        # pattern, sets required, forbidden when false, forbidden when true
        (r"^(?:(?:shall|may) be present\s+)?iff\s+(.+)$", True, True, False),
        (r"^(?:(?:shall|may) be present\s+)?if\s+(.+)$", True, False, False),
        (r"^may be present unless\s+(.+)$", False, False, True),
        (r"^required if\s+(.+)$", True, False, False),
        (r"^(?:may|shall) (?:only )?be present only if\s+(.+)$", False, True, False),
        (r"^(?:may|shall) be present only if\s+(.+)$", False, True, False),
        (r"^shall not be present if\s+(.+)$", False, False, True),
    )
    unless = re.match(r"^shall be present unless\s+(.+)$", text, re.IGNORECASE)
    if unless:
        rule.required.append(RowNot(operand=_expression(unless.group(1), folded)))
        return
    for pattern, required, forbidden_false, forbidden_true in forms:
        match = re.match(pattern, text, re.IGNORECASE)
        if not match:
            continue
        body = match.group(1)
        if not _ROW_WORDS.search(body) or _OUTSIDE.search(body):
            rule.unknown.append(text)
            predicate: RowPredicate = Unknown(reason=f"outside the content tree: {text}")
        else:
            predicate = _expression(body, folded)
        if required:
            rule.required.append(predicate)
        if forbidden_false:
            rule.forbidden.append(RowNot(operand=predicate))
        if forbidden_true:
            rule.forbidden.append(predicate)
        return
    if _ROW_WORDS.search(text) and not _OUTSIDE.search(text):
        raise _UnreadError(f"cannot read {text!r}")
    rule.unknown.append(text)
    rule.required.append(Unknown(reason=f"outside the content tree: {text}"))


def _joined(predicates: list[RowPredicate]) -> RowPredicate | None:
    if not predicates:
        return None
    return predicates[0] if len(predicates) == 1 else RowAnd(operands=tuple(predicates))


def _forbidden(predicates: list[RowPredicate]) -> RowPredicate | None:
    if not predicates:
        return None
    return predicates[0] if len(predicates) == 1 else RowOr(operands=tuple(predicates))


def parse_row_condition(text: str) -> RowCondition:
    """Read a row's Condition cell (one statement per line) into a rule."""
    rule = _Rule()
    # "IF value of Row 10 = (...)\nOR\n(...)" (TID 11007): a connective on a line of its own
    joined = re.sub(r"\n\s*(AND|OR)\s*\n", lambda m: f" {m.group(1).lower()} ", text)
    for line in joined.split("\n"):
        for sentence in re.split(r"(?<=[a-z\")])\.\s+(?=[A-Z])", line.strip()):
            folded = fold_codes(sentence)
            if not folded.text:
                continue
            try:
                _statement(folded.text, folded, rule)
            except _UnreadError as error:
                rule.unread.append(str(error))
    if rule.unread:
        return RowCondition(status="unparsed", text=text, reasons=tuple(rule.unread))
    required, forbidden = _joined(rule.required), _forbidden(rule.forbidden)
    reasons = tuple(dict.fromkeys(_unknown_reasons(required) + _unknown_reasons(forbidden)))
    status: ConditionStatus = "undecidable" if reasons else "parsed"
    return RowCondition(
        status=status,
        text=text,
        required=required,
        forbidden=forbidden,
        count=rule.count,
        reasons=reasons,
    )


def _unknown_reasons(predicate: RowPredicate | None) -> tuple[str, ...]:
    """The reasons of every ``unknown`` leaf, depth first."""
    if predicate is None:
        return ()
    if isinstance(predicate, Unknown):
        return (predicate.reason,)
    if isinstance(predicate, RowAnd | RowOr):
        return tuple(r for operand in predicate.operands for r in _unknown_reasons(operand))
    if isinstance(predicate, RowNot):
        return _unknown_reasons(predicate.operand)
    return ()
