"""One condition text -> one :class:`ConditionRule` (:func:`parse_condition`)."""

from __future__ import annotations

from generator.conditions.context import Vocabulary, Where
from generator.conditions.grammar import ConditionSyntaxError, Parser, conjoin, disjoin
from generator.conditions.sentences import Statement, classify, split_sentences
from generator.conditions.tokens import Token, normalize, resolve_sections, tokenize
from generator.ir.conditions import (
    ConditionRule,
    ModulePresent,
    Not,
    Predicate,
    Present,
    RuleStatus,
    unknown_leaves,
)

_REQUIRED_FOR_SUBJECTS = (
    "images",
    "image",
    "frames",
    "instances",
    "objects",
    "sop",
    "instances",
    "the",
    "this",
    "an",
    "a",
)
_REQUIRED_FOR_LINKS = ("where", "whose", "in", "which", "if", "when", "that", "with")


def _expression(tokens: tuple[Token, ...], names: Vocabulary, where: Where) -> Predicate:
    return Parser(list(tokens), names, where).parse()


def _required_for(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``Required for images where X`` -> the tokens of ``X``."""
    index = 0
    while index < len(tokens) and tokens[index].is_word(*_REQUIRED_FOR_SUBJECTS):
        index += 1
    if index and index < len(tokens) and tokens[index].is_word(*_REQUIRED_FOR_LINKS):
        while index < len(tokens) and tokens[index].is_word(*_REQUIRED_FOR_LINKS):
            index += 1
        return tokens[index:]
    return tokens


def _exclusive(tokens: tuple[Token, ...]) -> Predicate:
    """``Mutually exclusive with A, B and C`` -> present A or B or C."""
    found: list[Predicate] = []
    for token in tokens:
        if token.kind == "attr" and isinstance(token.value, tuple):
            found.append(Present(tag=token.value))
        elif token.kind == "module" and token.value is not None:
            found.append(ModulePresent(name=str(token.value)))
        elif not (token.text == "," or token.is_word("and", "or", "the", "either")):
            raise ConditionSyntaxError(f"mutually exclusive with {token.text!r}?")
    if not found:
        raise ConditionSyntaxError("mutually exclusive with nothing named")
    return disjoin(found)


class _Rule:
    """The parts of a rule as its statements are read."""

    def __init__(self) -> None:
        self.required: Predicate | None = None
        self.otherwise: str | None = None
        self.forbidden: Predicate | None = None
        self.also_may: Predicate | None = None
        self.failures: list[str] = []
        self.stated = False
        self.lead: Predicate | None = None
        self.after_otherwise = False

    def close(self) -> None:
        """A lead "If X, shall be present for Y" is part of when it is required."""
        if self.lead is None:
            return
        if self.required is None:
            self.required = self.lead
        else:
            self.required = conjoin([self.lead, self.required])

    def read(self, statement: Statement, names: Vocabulary, where: Where) -> None:
        role = statement.role
        if role == "ignored":
            return
        if role == "unknown" and statement.text.lower().startswith("may "):
            # A permission ("May be present for other SOP Classes if ...") never makes
            # an object invalid: when it cannot be read, presence is allowed otherwise.
            self.otherwise = self.otherwise or "may"
            return
        if role == "unknown":
            self.failures.append(f"sentence not understood: {statement.text!r}")
            return
        self.stated = True
        if role == "otherwise_may":
            self.otherwise = "may"
            return
        if role == "otherwise_shall_not":
            self.otherwise = "shall_not"
            return
        if role == "otherwise_lead":
            if statement.tokens:
                self.failures.append(f"sentence not understood: {statement.text!r}")
            self.after_otherwise = True
            return
        try:
            tokens = statement.tokens
            if role == "exclusive":
                self.forbidden = _exclusive(tokens)
                return
            if role == "required_for":
                tokens = _required_for(tokens)
            predicate = _expression(tokens, names, where)
        except ConditionSyntaxError as failure:
            self.failures.append(f"{failure} (in {statement.text!r})")
            return
        if role in ("lead", "lead_only"):
            self.lead = predicate
            if role == "lead_only":
                self.otherwise = "shall_not"
            return
        if role in ("required", "required_for") and self.after_otherwise:
            # "Shall not be present when A. Otherwise, required when B.": B when not A.
            self.after_otherwise = False
            if self.forbidden is not None:
                predicate = conjoin([Not(operand=self.forbidden), predicate])
        if role in ("required", "required_for"):
            self.required = predicate
        elif role == "required_only":
            self.required = predicate
            self.otherwise = "shall_not"
        elif role == "required_unless":
            self.required = Not(operand=predicate)
        elif role in ("forbidden", "forbidden_in"):
            self.forbidden = predicate
        elif role == "forbidden_unless":
            self.forbidden = Not(operand=predicate)
        elif role == "also_may":
            self.also_may = predicate


def parse_condition(
    text: str, *, names: Vocabulary, where: Where, fixed_text: str | None = None
) -> ConditionRule:
    """The rule a condition text states; ``fixed_text`` replaces the text when an override
    corrects a quirk of the published text (the rule keeps ``text`` as published)."""
    source = resolve_sections(normalize(fixed_text or text), names)
    tokens = tokenize(source, names)
    rule = _Rule()
    for sentence in split_sentences(tokens):
        rule.read(classify(sentence), names, where)
    rule.close()
    if not rule.stated and not rule.failures:
        rule.failures.append("no rule stated")
    reasons = [*rule.failures]
    status: RuleStatus = "parsed"
    unknowns = [
        leaf.reason
        for part in (rule.required, rule.forbidden, rule.also_may)
        for leaf in unknown_leaves(part)
    ]
    if rule.failures:
        status = "unparsed"
    elif unknowns:
        status = "undecidable"
    reasons.extend(reason for reason in unknowns if reason not in reasons)
    if fixed_text is not None:
        reasons.append(f"text corrected by an override: {fixed_text!r}")
    return ConditionRule(
        status=status,
        required=rule.required,
        otherwise=rule.otherwise,  # type: ignore[arg-type]
        forbidden=rule.forbidden,
        also_may=rule.also_may,
        reasons=tuple(reasons),
        text=text,
    )
