"""A condition's sentences and what each states.

A condition text holds up to four statements: when the thing is required
("Required if X", "Required for images where X", "Shall be present if X",
"Required if and only if X"), what holds otherwise ("May be present
otherwise", "Shall not be present otherwise"), when it is forbidden ("Shall not be
present if X", "Mutually exclusive with A"), and when it may also be present
("May also be present if X"). They are split at ``.`` and ``;`` and at a comma
before a new statement ("..., may be present otherwise").
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.conditions.tokens import Token

_STARTS: tuple[tuple[str, ...], ...] = (
    ("may", "be", "present"),
    ("may", "also", "be", "present"),
    ("may", "not", "be", "used"),
    ("may", "be", "used"),
    ("otherwise",),
    ("shall", "not"),
    ("shall", "be"),
    ("required",),
    ("optional",),
    ("see",),
    ("u", "-"),
    ("u",),
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence of a condition: ``role`` and the tokens of its expression.

    ``role`` is ``required``, ``required_only`` (otherwise shall not), ``required_unless``,
    ``lead`` / ``lead_only`` (a bare "If X, ..." / "if and only if X": X is part of when
    it is required), ``otherwise_lead`` ("Otherwise, required when ..." after a
    "Shall not be present when ..."),
    ``otherwise_may``, ``otherwise_shall_not``, ``forbidden``, ``forbidden_unless``,
    ``exclusive``, ``also_may``, ``ignored`` (see-also notes, sharing notes) or
    ``unknown`` (not a form the grammar knows).
    """

    role: str
    tokens: tuple[Token, ...]
    text: str


def _starts_statement(tokens: list[Token], index: int) -> bool:
    words = [t.low for t in tokens[index : index + 4]]
    return any(words[: len(start)] == list(start) for start in _STARTS)


def split_sentences(tokens: list[Token]) -> list[list[Token]]:
    """Sentences, split at ``.``, and at ``;`` / ``,`` / ``-`` before a new statement."""
    sentences: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        if (
            token.text in ("May", "Shall", "Otherwise", "See")
            and index
            and _starts_statement(tokens, index)
        ):
            sentences.append([token])
            continue
        if token.text == "." or (
            token.text in (";", ",", ":") and _starts_statement(tokens, index + 1)
        ):
            sentences.append([])
            continue
        sentences[-1].append(token)
    return [sentence for sentence in sentences if sentence]


# (leading words, role), longest first; the words are consumed.
_ROLES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (("required", "if", "and", "only", "if"), "required_only"),
            (("required", "only", "if"), "required"),
            (("required", "if"), "required"),
            (("required", ",", "if"), "required"),
            (("required", "when"), "required"),
            (("required", "where"), "required"),
            (("required", "unless"), "required_unless"),
            (("required", "for"), "required_for"),
            (("shall", "be", "present", "only", "if"), "required_only"),
            (("shall", "be", "present", "if"), "required"),
            (("shall", "be", "present", "when"), "required"),
            (("shall", "be", "present", "for"), "required_for"),
            (("may", "be", "present", "otherwise", "if"), "also_may"),
            (("may", "be", "present", "otherwise"), "otherwise_may"),
            (("may", "be", "present", "otherwise", "only", "if"), "also_may"),
            (("otherwise", "may", "be", "present", "if"), "also_may"),
            (("otherwise", ",", "may", "be", "present", "if"), "also_may"),
            (("otherwise", "may", "be", "present"), "otherwise_may"),
            (("otherwise", ",", "may", "be", "present"), "otherwise_may"),
            (("optional", "otherwise"), "otherwise_may"),
            (("otherwise", "optional"), "otherwise_may"),
            (("may", "be", "present", "if"), "also_may"),
            (("may", "also", "be", "present", "if"), "also_may"),
            (("may", "also", "be", "present", "when"), "also_may"),
            (("u", "-", "optional", "if"), "also_may"),
            (("optional", "if"), "also_may"),
            (("shall", "not", "be", "present", "otherwise"), "otherwise_shall_not"),
            (("otherwise", "shall", "not", "be", "present"), "otherwise_shall_not"),
            (("it", "shall", "not", "be", "present", "otherwise"), "otherwise_shall_not"),
            (("otherwise", "not", "used"), "otherwise_shall_not"),
            (("otherwise", ",", "shall", "not", "be", "present"), "otherwise_shall_not"),
            (("shall", "not", "be", "present", "if"), "forbidden"),
            (("the", "macro", "shall", "not", "be", "present", "if"), "forbidden"),
            (("may", "not", "be", "used", "if"), "forbidden"),
            (("if", "and", "only", "if"), "lead_only"),
            (("if",), "lead"),
            (("otherwise",), "otherwise_lead"),
            (("may", "be", "present", ",", "if"), "also_may"),
            (("may", "be", "present", "for", "other", "sop", "classes", "if"), "also_may"),
            (("shall", "not", "be", "present", ",", "if"), "forbidden"),
            (("shall", "not", "be", "present", "when"), "forbidden"),
            (("shall", "not", "be", "present", "in"), "forbidden_in"),
            (("may", "be", "used", "only", "if"), "forbidden_unless"),
            (("mutually", "exclusive", "with"), "exclusive"),
            (("see",), "ignored"),
            (("note",), "ignored"),
            (("may", "not", "be", "used", "as", "a"), "ignored"),
            (("shall", "not", "be", "used", "as", "a"), "ignored"),
            (("shall", "be", "used", "as", "a"), "ignored"),
        ),
        key=lambda item: -len(item[0]),
    )
)


def classify(sentence: list[Token]) -> Statement:
    """The statement a sentence makes and the tokens of its expression."""
    words = [t.low for t in sentence]
    text = " ".join(t.text for t in sentence)
    for lead, role in _ROLES:
        if words[: len(lead)] == list(lead):
            rest = sentence[len(lead) :]
            if [t.low for t in rest[: len(lead)]] == list(lead):
                rest = rest[len(lead) :]  # "Required if Required if ...": a doubled lead
            if rest and rest[0].text == ":":
                rest = rest[1:]
            return Statement(role, tuple(rest), text)
    return Statement("unknown", tuple(sentence), text)
