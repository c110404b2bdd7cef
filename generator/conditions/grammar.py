"""The expression grammar of conditions: atoms joined by and / or / either / neither.

Precedence, loosest first: ``, and`` / ``, or`` (a comma before the connective),
then bare ``or``, then bare ``and``. An atom is an attribute phrase (one or more
attributes and what is said of them: presence, values, numbers, items, codes), a
SOP class or IOD phrase, a module or functional group macro phrase, an item
position ("the first Item of ..."), or - when it names nothing the IR knows - an
undecidable phrase (:mod:`generator.conditions.undecidable`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.conditions.context import Vocabulary, Where
from generator.conditions.encoding import encoding_predicate
from generator.conditions.tokens import FAMILY, Token
from generator.conditions.undecidable import catalogued, reason_for
from generator.conditions.values import (
    VerbPhrase,
    match_verb,
    ordinal_index,
    read_codes,
    read_values,
)
from generator.ir.conditions import (
    And,
    CodeIn,
    FunctionalGroupPresent,
    HasValue,
    IODIn,
    ItemCount,
    ItemIndex,
    ModulePresent,
    Not,
    Or,
    Predicate,
    Present,
    SOPClassIn,
    TagPath,
    TransferSyntaxIn,
    Unknown,
    path_text,
)
from generator.overrides.phrases import PHRASE_CONDITIONS
from generator.overrides.sections import section_condition

SOP_CLASS_UID = 0x00080016
_REFERENCE_KINDS = ("attr", "module", "fg", "iod", "sop")
_FILLERS = ("if", "the", "a", "an", "whose", "where", "when", "that", "attribute")
_CONNECTIVE_FOLLOWERS = ("if", "whose", "where", "when")


class ConditionSyntaxError(Exception):
    """The grammar could not read a part of the condition."""


def conjoin(parts: Sequence[Predicate]) -> Predicate:
    """``and`` of the parts (the part itself when there is one)."""
    flat: list[Predicate] = []
    for part in parts:
        flat.extend(part.operands if isinstance(part, And) else (part,))
    return flat[0] if len(flat) == 1 else And(operands=tuple(flat))


def disjoin(parts: Sequence[Predicate]) -> Predicate:
    """``or`` of the parts (the part itself when there is one)."""
    flat: list[Predicate] = []
    for part in parts:
        flat.extend(part.operands if isinstance(part, Or) else (part,))
    return flat[0] if len(flat) == 1 else Or(operands=tuple(flat))


def _combine(parts: list[Predicate], connectives: list[str]) -> Predicate:
    """``and`` binds tighter than ``or``."""
    groups: list[list[Predicate]] = [[parts[0]]]
    for connective, part in zip(connectives, parts[1:], strict=True):
        if connective == "and":
            groups[-1].append(part)
        else:
            groups.append([part])
    return disjoin([conjoin(group) for group in groups])


NEGATIVE_KINDS = ("absent", "no_value")
"""Verb kinds that deny: "A or B is not present" is said of neither."""


@dataclass(frozen=True, slots=True)
class Location:
    """Where a condition places an attribute (:meth:`Parser._location`).

    ``kind``: ``here`` (where the lookup finds it), ``modules`` (in one of ``names``),
    ``frames`` (in the functional groups, through ``names`` if given), or
    ``here_or_frames``.
    """

    kind: str
    names: tuple[str, ...] = ()


def retarget(predicate: Predicate, old: TagPath, new: TagPath) -> Predicate:
    """``predicate`` with every reference to the attribute at ``old`` moved to ``new``."""
    if isinstance(predicate, And | Or):
        operands = tuple(retarget(operand, old, new) for operand in predicate.operands)
        return predicate.model_copy(update={"operands": operands})
    if isinstance(predicate, Not):
        return predicate.model_copy(update={"operand": retarget(predicate.operand, old, new)})
    if getattr(predicate, "tag", None) == old:
        return predicate.model_copy(update={"tag": new})
    return predicate


def _in_order(words: list[str], within: list[str]) -> bool:
    """``words`` stand in ``within`` in this order (not necessarily next to each other)."""
    remaining = iter(within)
    return all(word in remaining for word in words)


def _combine_listed(parts: list[Predicate], between: list[str]) -> Predicate:
    """Listed subjects: split at ", and" / ", or" first, then and before or."""
    groups: list[Predicate] = []
    loose: list[str] = []
    start = 0
    for index, connective in enumerate(between):
        if connective.startswith(","):
            groups.append(_combine(parts[start : index + 1], between[start:index]))
            loose.append(connective[1:])
            start = index + 1
    groups.append(_combine(parts[start:], between[start:]))
    return _combine(groups, loose)


def _resolve_commas(between: list[str], last: str) -> list[str]:
    """A comma in a list takes the connective after it ("A, B or C": or; "A, B": ``last``)."""
    resolved = list(between)
    following = last
    for index in range(len(resolved) - 1, -1, -1):
        if resolved[index] == ",":
            resolved[index] = following
        else:
            following = resolved[index]
    return resolved


class Parser:
    """A recursive descent over one clause's tokens."""

    def __init__(self, tokens: list[Token], names: Vocabulary, where: Where) -> None:
        self.tokens = tokens
        self.names = names
        self.where = where
        self.pos = 0
        self.last_subject: tuple[tuple[int, ...], int] | None = None
        self.elliptic_read = False

    # -- helpers ------------------------------------------------------------------

    def peek(self, offset: int = 0) -> Token | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def at_end(self) -> bool:
        return self.pos >= len(self.tokens)

    def words_ahead(self, count: int) -> list[str]:
        return [t.low for t in self.tokens[self.pos : self.pos + count]]

    def accept(self, *words: str) -> bool:
        """Consume the word sequence ``words`` if it comes next."""
        if self.words_ahead(len(words)) == list(words):
            self.pos += len(words)
            return True
        return False

    def skip_fillers(self) -> None:
        while (token := self.peek()) is not None and token.is_word(*_FILLERS):
            self.pos += 1

    def rest_text(self, start: int, end: int) -> str:
        return " ".join(t.text for t in self.tokens[start:end])

    # -- connectives --------------------------------------------------------------

    def parse(self) -> Predicate:
        """The whole clause; every token must be read."""
        predicate = self.comma_level()
        if not self.at_end():
            raise ConditionSyntaxError(
                f"not understood: {self.rest_text(self.pos, len(self.tokens))!r}"
            )
        return predicate

    def comma_connective(self) -> str | None:
        token = self.peek()
        if token is None or token.text not in (",", ";"):
            return None
        following = self.peek(1)
        if following is not None and following.is_word("and", "or"):
            if self._elliptic_after(2):
                return None  # ", or is present and ...": the subject before, again
            self.pos += 2
            if self.words_ahead(3) == ["in", "subsequent", "control"]:
                # "Required for the first Item if A, and in subsequent control points if
                # B": required in either case.
                return "or"
            self._skip_connective_follower()
            return following.low
        return None

    def _if_follows(self) -> bool:
        following = self.peek(1)
        return following is not None and following.is_word("if")

    def bare_connective(self) -> str | None:
        token = self.peek()
        if token is not None and token.is_word("and", "or") and not self._if_follows():
            self.pos += 1
            self._skip_connective_follower()
            return token.low
        return None

    def _skip_connective_follower(self) -> None:
        token = self.peek()
        if token is not None and token.is_word(*_CONNECTIVE_FOLLOWERS):
            self.pos += 1

    def comma_level(self) -> Predicate:
        """Clauses joined by ``, and`` / ``, or`` / ``and if`` / ``or if``, read left to
        right: each joins what precedes it ("Required for the first Item, or if X changes,
        and if Y is YES": (first or X) and Y; "A or B and if C": (A or B) and C)."""
        found = self.bare_level()
        while (connective := self.clause_connective()) is not None:
            part = self.bare_level()
            found = conjoin([found, part]) if connective == "and" else disjoin([found, part])
        return found

    def clause_connective(self) -> str | None:
        """``, and`` / ``, or`` (not before an elliptic verb), or ``and if`` / ``or if``."""
        token = self.peek()
        if token is not None and token.is_word("and", "or") and self._if_follows():
            self.pos += 2
            return token.low
        return self.comma_connective()

    def _elliptic_after(self, offset: int) -> bool:
        """A verb without a subject follows ("is present and has the value NO")."""
        token = self.peek(offset)
        return (
            self.last_subject is not None
            and token is not None
            and token.is_word("is", "has", "does", "equals")
        )

    def bare_level(self) -> Predicate:
        parts = [self.atom()]
        connectives: list[str] = []
        # The last part and the verbs without a subject that follow it ("B is absent, or
        # is present and has the value NO"): one group, and binding tighter than or.
        group: list[Predicate] = [parts[0]]
        joins: list[str] = []
        while True:
            mark = self.pos
            token = self.peek()
            if token is not None and token.text == "," and self._elliptic_after(2):
                self.pos += 1  # ", or is present ...": an elliptic part of this clause
            connective = self.bare_connective()
            if connective is None:
                break
            if self.at_end():
                self.pos = mark
                break
            self.elliptic_read = False
            part = self.atom()
            if self.elliptic_read:
                # "B is NO or is absent": the verb without a subject binds to B alone.
                group.append(part)
                joins.append(connective)
                parts[-1] = _combine(group, joins)
                continue
            connectives.append(connective)
            parts.append(part)
            group, joins = [part], []
        return _combine(parts, connectives)

    # -- atoms --------------------------------------------------------------------

    def atom(self) -> Predicate:
        start = self.pos
        self.skip_fillers()
        token = self.peek()
        if token is None:
            raise ConditionSyntaxError("a condition ends too early")
        if token.is_word("either"):
            self.pos += 1
            return self.either()
        if token.is_word("neither"):
            self.pos += 1
            return self.attribute_atom(negated_list=True)
        readers = (
            self.phrase_condition,
            self.section_conditions,
            self.subsequent_items,
            self.value_present_in,
            self.item_position,
            self.item_count,
            self.iod_atom,
            self.sop_class_atom,
        )
        for reader in readers:
            found = reader()
            if found is not None:
                return found
        token = self.peek()
        if token is not None and token.kind in ("module", "fg"):
            return self.named_presence()
        elliptic = self.elliptic()
        if elliptic is not None:
            self.elliptic_read = True
            return elliptic
        if self._attribute_ahead():
            mark = self.pos
            try:
                return self.attribute_atom()
            except ConditionSyntaxError:
                self.pos = mark
                found = self.catalogued_phrase()
                if found is None:
                    raise
                return found
        self.pos = start
        return self.undecidable()

    def elliptic(self) -> Predicate | None:
        """A verb without its subject after a connective: the last subject again ("is
        absent, or is present and has the value NO"; "and the value is SH"; "and Value 3
        is not TOMO")."""
        if self.last_subject is None:
            return None
        mark = self.pos
        path, index = self.last_subject
        self.accept("the", "value") or self.accept("its", "value")
        if self.peek() is not None and self.peek().is_word("value"):  # type: ignore[union-attr]
            number = self.peek(1)
            if number is not None and number.kind == "number":
                index = int(number.value)  # type: ignore[call-overload]
                self.pos += 2
        verb = match_verb(self)
        if verb is None:
            self.pos = mark
            return None
        try:
            return self._apply(verb, path, index)
        except ConditionSyntaxError:
            self.pos = mark
            return None

    def _phrase_end(self, start: int) -> int:
        """Where the phrase at ``start`` ends: before a connective that a reference follows."""
        for index in range(start + 1, len(self.tokens)):
            token = self.tokens[index]
            if token.is_word("and", "or") and self._reference_follows(index + 1):
                return index - 1 if self.tokens[index - 1].text in (",", ";") else index
        return len(self.tokens)

    def catalogued_phrase(self) -> Predicate | None:
        """A phrase about an attribute that the catalogue knows the data set cannot decide
        ("Table Top Lateral Position changes during Beam")."""
        end = self._phrase_end(self.pos)
        reason = catalogued(self.rest_text(self.pos, end))
        if reason is None:
            return None
        self.pos = end
        return Unknown(reason=reason)

    def either(self) -> Predicate:
        if self._attribute_ahead():
            return self.attribute_atom(either=True)
        first = self.atom()
        if not self.accept("or"):
            raise ConditionSyntaxError("'either' without 'or'")
        self._skip_connective_follower()
        return disjoin([first, self.atom()])

    def _attribute_ahead(self) -> bool:
        """An attribute reference, maybe after "value N of" / "the value of"."""
        mark = self.pos
        try:
            ordinal_index(self)
            self.skip_fillers()
            token = self.peek()
            return token is not None and token.kind == "attr" and token.value is not None
        finally:
            self.pos = mark

    def undecidable(self) -> Predicate:
        """A phrase that names nothing: up to the next connective before a reference."""
        start = self.pos
        end = len(self.tokens)
        for index in range(start, len(self.tokens)):
            token = self.tokens[index]
            if token.kind == "section":
                raise ConditionSyntaxError(f"the condition is stated in {token.text} (not read)")
            if token.kind in _REFERENCE_KINDS:
                found = self.catalogued_phrase()
                if found is not None:
                    return found
                raise ConditionSyntaxError(f"not understood: {self.rest_text(start, index + 1)!r}")
            if token.is_word("and", "or") and self._reference_follows(index + 1):
                end = index - 1 if self.tokens[index - 1].text in (",", ";") else index
                break
        phrase = self.rest_text(start, end).strip(" ,;:")
        if not phrase:
            raise ConditionSyntaxError("an empty condition")
        syntaxes = self._transfer_syntaxes(start, end)
        self.pos = end
        if syntaxes:
            return TransferSyntaxIn(uids=syntaxes)
        encoding = encoding_predicate(phrase)
        if encoding is not None:
            return encoding
        return Unknown(reason=reason_for(phrase))

    def _transfer_syntaxes(self, start: int, end: int) -> tuple[str, ...]:
        """The UIDs of "... transferred in ... Transfer Syntax UID: X (name), Y (name)"."""
        words = [t.low for t in self.tokens[start:end]]
        if "transfer" not in words or "syntax" not in words:
            return ()
        uids = [t.text for t in self.tokens[start:end] if t.kind == "uid"]
        known = set(self.names.transfer_syntaxes.values())
        if uids and all(uid in known for uid in uids):
            return tuple(uids)
        return ()

    def _reference_follows(self, index: int) -> bool:
        for token in self.tokens[index : index + 4]:
            if token.kind in _REFERENCE_KINDS:
                return True
            if not token.is_word(*_FILLERS, "value", "of", "either", "not", "no"):
                return False
        return False

    def section_conditions(self) -> Predicate | None:
        """ "the conditions in Section X are satisfied": the predicate Section X states
        (:mod:`generator.overrides.sections`)."""
        mark = self.pos
        if not self.accept("conditions", "in"):
            return None
        token = self.peek()
        if token is not None and token.kind == "section":
            found = section_condition(token.text.split()[-1])
            self.pos += 1
            if found is not None and (self.accept("are", "satisfied") or self.accept("are", "met")):
                return found.predicate
        self.pos = mark
        return None

    def item_position(self) -> Predicate | None:
        """ "(the) first Item of X Sequence": the current item is the first of its sequence."""
        mark = self.pos
        if not (
            self.accept("first", "item")
            or self.accept("the", "first", "item")
            or self.accept("control", "point", "0")
            or self.accept("the", "first", "control", "point")
            or self.accept("first", "control", "point")
        ):
            return None
        if self.accept("of") or self.accept("in"):
            self.skip_fillers()
            token = self.peek()
            if token is not None and token.kind == "attr" and self._names_parent(token):
                self.pos += 1
                first = ItemIndex(comparison="==", number=1)
                if self.accept("if"):
                    # "for first Item of Control Point Sequence if X": both.
                    return conjoin([first, self.bare_level()])
                return first
        self.pos = mark
        return None

    def subsequent_items(self) -> Predicate | None:
        """ "in subsequent control points if X": an item after the first, and X."""
        if not self.accept("in", "subsequent", "control", "points", "if"):
            return None
        return conjoin([ItemIndex(comparison=">", number=1), self.bare_level()])

    def value_present_in(self) -> Predicate | None:
        """ "a value is present in A or B": A or B has a value."""
        mark = self.pos
        if not self.accept("value", "is", "present", "in"):
            return None
        found: list[Predicate] = []
        while (token := self.peek()) is not None and token.kind == "attr":
            if not isinstance(token.value, tuple):
                break
            found.append(HasValue(tag=token.value))
            self.pos += 1
            if not self.accept("or"):
                break
        if not found:
            self.pos = mark
            return None
        return disjoin(found)

    def _names_parent(self, token: Token) -> bool:
        """The token names the sequence whose item holds the row ("Control Point Sequence"
        for Ion Control Point Sequence too: the name the parent's name ends with)."""
        parent = self.where.parent
        if parent is None or not isinstance(token.value, tuple):
            return False
        if token.value == (parent,):
            return True
        named = self.names.elements.get(token.value[-1])
        element = self.names.elements.get(parent)
        if named is None or element is None:
            return False
        if "(" not in token.text and element.name.endswith(named.name):
            return True
        # "first Item of Control Point Sequence" in an Ion Control Point Delivery
        # Sequence item: the words named stand in the parent's name, in order, and both
        # are control point sequences (the copies of a row into the ion and delivery
        # tables keep the photon wording).
        return _in_order(named.name.split(), element.name.split()) and "Control Point" in (
            named.name
        )

    def item_count(self) -> Predicate | None:
        """ "the number of Items in X is greater than 1", "there is more than one Item in X"."""
        mark = self.pos
        if self.accept("number", "of", "items", "in") or self.accept("number", "of", "items", "of"):
            self.skip_fillers()
            token = self.peek()
            if token is not None and token.kind == "attr" and isinstance(token.value, tuple):
                self.pos += 1
                verb = match_verb(self)
                if verb is not None and verb.kind == "compare":
                    number = verb.number
                    if number is None:
                        values = read_values(self, verb, "US")
                        number = int(values[0])
                    return ItemCount(tag=token.value, comparison=verb.comparison, count=number)
        self.pos = mark
        if self.accept("there", "is", "more", "than", "one", "item", "in") or self.accept(
            "there", "are", "more", "than", "one", "items", "in"
        ):
            self.skip_fillers()
            token = self.peek()
            if token is not None and token.kind == "attr" and isinstance(token.value, tuple):
                self.pos += 1
                return ItemCount(tag=token.value, comparison=">", count=1)
        self.pos = mark
        return None

    def iod_atom(self) -> Predicate | None:
        """ "the IOD is (not) X IOD (or Y IOD)", "in an X IOD"."""
        mark = self.pos
        negated = False
        if self.accept("iod", "is") or self.accept("this", "iod", "is"):
            negated = self.accept("not")
            self.skip_fillers()
        elif self.accept("in"):
            self.skip_fillers()
        token = self.peek()
        if token is None or token.kind != "iod":
            self.pos = mark
            return None
        names: list[str] = []
        while (token := self.peek()) is not None and token.kind == "iod":
            names.extend(self._iod_names(str(token.value)))
            self.pos += 1
            if not self._list_separator("iod"):
                break
        predicate: Predicate = IODIn(names=tuple(names))
        return Not(operand=predicate) if negated else predicate

    def _iod_names(self, value: str) -> tuple[str, ...]:
        """An IOD token's names: itself, or the IODs of a family ("Image IOD")."""
        if value.startswith(FAMILY):
            return self.names.iod_families[value.removeprefix(FAMILY)]
        return (value,)

    def phrase_condition(self) -> Predicate | None:
        """A phrase an override reads as a predicate (:mod:`generator.overrides.phrases`),
        maybe placed "in an X IOD or Y IOD"."""
        for phrase in PHRASE_CONDITIONS:
            if not self.accept(*phrase.words):
                continue
            mark = self.pos
            if self.accept("in"):
                self.skip_fillers()
                names: list[str] = []
                while (token := self.peek()) is not None and token.kind == "iod":
                    names.extend(self._iod_names(str(token.value)))
                    self.pos += 1
                    if not self._list_separator("iod"):
                        break
                if names:
                    return conjoin([phrase.predicate, IODIn(names=tuple(names))])
            self.pos = mark
            return phrase.predicate
        return None

    def _list_separator(self, kind: str) -> bool:
        """Consume ``,`` / ``or`` / ``, or`` when a token of ``kind`` follows it."""
        mark = self.pos
        while (token := self.peek()) is not None and (token.text == "," or token.is_word("or")):
            self.pos += 1
        self.skip_fillers()
        token = self.peek()
        if mark != self.pos and token is not None and token.kind == kind:
            return True
        self.pos = mark
        return False

    def sop_class_atom(self) -> Predicate | None:
        """ "SOP Class UID (0008,0016) is X or Y", "the SOP Class is one of the following: ..."."""
        mark = self.pos
        ordinal_index(self)
        self.skip_fillers()
        token = self.peek()
        if token is not None and token.kind == "attr" and token.value == (SOP_CLASS_UID,):
            self.pos += 1
        elif not (self.accept("sop", "class", "uid") or self.accept("sop", "class")):
            self.pos = mark  # "Value 3 of Image Type": the value number is the attribute's
            return None
        self.accept("of", "the", "referencing", "sop", "instance")
        negated = False
        verb = match_verb(self, sop=True)
        if verb is None:
            self.pos = mark
            return None
        negated = verb.negated
        uids = self._sop_class_list()
        if not uids:
            raise ConditionSyntaxError(f"no SOP Class UID in {self.rest_text(mark, self.pos)!r}")
        predicate: Predicate = SOPClassIn(uids=tuple(uids))
        return Not(operand=predicate) if negated else predicate

    def _sop_class_list(self) -> list[str]:
        """UIDs (bare or quoted) with their names between them, to the clause's next part."""
        uids: list[str] = []
        while (token := self.peek()) is not None:
            if token.is_word("and", "or") and self._reference_follows(self.pos + 1):
                break
            if self._comma_and_before_reference():
                break
            uid = token.text if token.kind == "uid" else None
            if token.kind == "quoted" and token.text.replace(".", "").isdigit():
                uid = token.text
            if token.kind == "attr":
                break
            if uid is not None:
                if uid not in self.names.sop_class_uids:
                    raise ConditionSyntaxError(f"{uid} is not a SOP Class UID of the build")
                uids.append(uid)
            self.pos += 1
        return uids

    def _comma_and_before_reference(self) -> bool:
        token, following = self.peek(), self.peek(1)
        return (
            token is not None
            and token.text in (",", ";")
            and following is not None
            and following.is_word("and")
            and self._reference_follows(self.pos + 2)
        )

    def named_presence(self) -> Predicate:
        """Modules or functional group macros and "is (not) present" / "exists"."""
        found: list[Predicate] = []
        connective = "or"
        while (token := self.peek()) is not None and token.kind in ("module", "fg"):
            if token.value is None:
                raise ConditionSyntaxError(f"unknown name {token.text!r}")
            name = str(token.value)
            found.append(
                ModulePresent(name=name)
                if token.kind == "module"
                else FunctionalGroupPresent(name=name)
            )
            self.pos += 1
            separator = self.peek()
            if separator is not None and separator.is_word("and", "or"):
                following = self.peek(1)
                if following is not None and following.kind in ("module", "fg"):
                    connective = separator.low
                    self.pos += 1
                    continue
            if separator is not None and separator.text == ",":
                following = self.peek(1)
                if following is not None and following.kind in ("module", "fg"):
                    self.pos += 1
                    continue
        present = self._presence_verb()
        if present is None:
            raise ConditionSyntaxError(f"no verb after {self.rest_text(self.pos - 1, self.pos)!r}")
        self._skip_scope()
        combined = disjoin(found) if connective == "or" else conjoin(found)
        return combined if present else Not(operand=combined)

    def _presence_verb(self) -> bool | None:
        for words, present in _PRESENCE_VERBS:
            if self.accept(*words):
                return present
        return None

    def _skip_scope(self) -> None:
        for scope in _SCOPES:
            if self.accept(*scope):
                return

    def attribute_atom(self, negated_list: bool = False, *, either: bool = False) -> Predicate:
        """Attributes and what is said of them ("either A or B is not present": one of
        them is absent; "A or B is not present": neither is present)."""
        index = ordinal_index(self)
        subjects: list[tuple[int, ...]] = []
        connective = "and" if negated_list else "or"
        between: list[str] = []
        scopes: list[Location | None] = []
        while True:
            if subjects:
                index = ordinal_index(self) or index  # "A or any value of B is X"
            self.skip_fillers()
            token = self.peek()
            if token is None or token.kind != "attr" or token.value is None:
                raise ConditionSyntaxError("an attribute was expected")
            self.pos += 1
            path = tuple(token.value) if isinstance(token.value, tuple) else ()
            path, own_index = self._qualifiers(path)
            index = own_index or index
            subjects.append(path)
            scopes.append(self._location())
            separator = self._subject_separator()
            if separator is None:
                break
            if separator == ",":
                between.append(separator)
            elif separator != "nor":
                connective = separator.lstrip(",")
                between.append(separator)
        if between and all(separator == "," for separator in between):
            connective = "and"  # "A, B are present": both
        between = _resolve_commas(between, connective)
        verb = match_verb(self)
        if verb is None:
            raise ConditionSyntaxError(
                f"no verb after {self.rest_text(max(0, self.pos - 1), self.pos + 3)!r}"
            )
        # The values follow the verb once ("A or B is X"): read with the first subject,
        # the same predicate is said of the others.
        first = self._apply(verb, subjects[0], index)
        after = self._location()
        negative = (verb.negated or verb.kind in NEGATIVE_KINDS) and not either
        predicates = [
            self._located(
                retarget(first, subjects[0], path), path, scope or after, negative=negative
            )
            for path, scope in zip(subjects, scopes, strict=True)
        ]
        if len(subjects) == 1:
            self.last_subject = (subjects[0], index)
        if negated_list:
            predicates = [Not(operand=p) for p in predicates]
        if len({c.lstrip(",") for c in between}) > 1 and not negated_list:
            # "A or B and C are present": and binds tighter than or, ", and" looser than
            # both; negated, ambiguous.
            if negative or len(between) != len(predicates) - 1:
                raise ConditionSyntaxError("a list of attributes joined by both and and or")
            return _combine_listed(predicates, between)
        # "A or B are not present" (or "is not X"): none of them is, so the negated
        # verb distributes as AND over the listed subjects.
        if connective == "and" or (negative and not negated_list):
            return conjoin(predicates)
        return disjoin(predicates)

    def _subject_separator(self) -> str | None:
        """``,`` / ``or`` / ``and`` / ``nor`` between attributes of one verb."""
        mark = self.pos
        connective = None
        comma = False
        while (token := self.peek()) is not None and (
            token.text == "," or token.is_word("or", "and", "nor")
        ):
            if token.kind == "word":
                connective = token.low
            else:
                comma = True
            self.pos += 1
        if comma and connective in ("and", "or"):
            connective = f",{connective}"  # ", and": looser than a bare connective
        self.skip_fillers()
        token = self.peek()
        if mark != self.pos and token is not None and token.kind == "attr":
            return connective or ","
        self.pos = mark
        return None

    def _qualifiers(self, path: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
        """``Value 3``, ``in Y Sequence (tag)``, ``in this Item``, ``of this frame``."""
        index = 0
        while True:
            if self.peek() is not None and self.peek().text == ",":  # type: ignore[union-attr]
                following = self.peek(1)
                if following is not None and following.is_word("value"):
                    self.pos += 1
            if (token := self.peek()) is not None and token.is_word("value"):
                number = self.peek(1)
                if number is not None and number.kind == "number":
                    index = int(number.value)  # type: ignore[call-overload]
                    self.pos += 2
                    if (t := self.peek()) is not None and t.text == ",":
                        self.pos += 1
                    continue
            if self._skip_scope_qualifier() or self.accept("attribute") or self.accept("sequence"):
                continue
            mark = self.pos
            if (
                self.accept("in", "control", "points", "specified", "within")
                or self.accept("in")
                or self.accept("of")
                or self.accept("within")
            ):
                self.accept("any", "item", "of")
                self.skip_fillers()
                token = self.peek()
                if (
                    token is not None
                    and token.kind == "attr"
                    and isinstance(token.value, tuple)
                    and self._is_sequence(token.value)
                ):
                    self.pos += 1
                    path = (*token.value, *path)
                    continue
                self.pos = mark
            return path, index

    def _is_sequence(self, path: tuple[int, ...]) -> bool:
        element = self.names.elements.get(path[-1])
        return element is not None and element.vr == "SQ"

    def _skip_scope_qualifier(self) -> bool:
        for scope in _SCOPES:
            if self.accept(*scope):
                self._skip_parent_named()
                return True
        return False

    def _skip_parent_named(self) -> None:
        """``in this Item of the Fiducial Set Sequence (0070,031C)``: the parent, named."""
        mark = self.pos
        if self.accept("of"):
            self.skip_fillers()
            token = self.peek()
            if token is not None and token.kind == "attr" and self._names_parent(token):
                self.pos += 1
                return
        self.pos = mark

    def _location(self) -> Location | None:
        """Where the text places an attribute: "in the X Module (or the Y Module)", "at the
        image level" (the top level data set, where the lookup ends), "within a Functional
        Group Sequence", "in any X Functional Group in the SOP Instance", "for any frame
        in the SOP Instance", "in this Module or in a Functional Group Macro of the
        current SOP Instance"."""
        mark = self.pos
        if self.accept("at", "the", "image", "level"):
            return Location("here")
        if self.accept("in", "this", "module", "or", "in", "a", "functional", "group", "macro"):
            self.accept("of", "the", "current", "sop", "instance")
            return Location("here_or_frames")
        if self.accept("within", "a", "functional", "group", "sequence") or self.accept(
            "for", "any", "frame"
        ):
            self._skip_instance()
            return Location("frames")
        if self.accept("in", "any"):
            token = self.peek()
            if token is not None and token.kind == "fg" and token.value is not None:
                self.pos += 1
                self._skip_instance()
                return Location("frames", (str(token.value),))
            self.pos = mark
            return None
        self.accept("present")
        if self.accept("in", "the") or self.accept("in"):
            modules = self._module_list()
            if modules:
                return Location("modules", modules)
        self.pos = mark
        return None

    def _skip_instance(self) -> None:
        self.accept("in", "the", "sop", "instance") or self.accept("in", "this", "sop", "instance")

    def _module_list(self) -> tuple[str, ...]:
        """ "X Module", "X Module or the Y Module", "X Module or Y Module"."""
        found: list[str] = []
        while (token := self.peek()) is not None and token.kind == "module":
            if token.value is None:
                break
            found.append(str(token.value))
            self.pos += 1
            mark = self.pos
            if self.accept("or", "the") or self.accept("or"):
                following = self.peek()
                if following is not None and following.kind == "module":
                    continue
            self.pos = mark
            break
        return tuple(found)

    def _located(
        self,
        predicate: Predicate,
        path: tuple[int, ...],
        location: Location | None,
        *,
        negative: bool,
    ) -> Predicate:
        """``predicate`` said of the attribute where ``location`` places it."""
        if location is None or location.kind == "here":
            return predicate
        if len(path) != 1:
            raise ConditionSyntaxError("a nested attribute placed in a module or frame")
        tag = path[0]
        parts: list[Predicate] = []
        if location.kind == "modules":
            for module in location.names:
                inner = self.names.path_in_module(module, tag)
                if inner is None:
                    parts.append(conjoin([ModulePresent(name=module), predicate]))
                else:
                    parts.append(retarget(predicate, path, inner))
        else:
            if location.kind == "here_or_frames":
                parts.append(predicate)
            groups = location.names or (None,)
            frames = [p for group in groups for p in self.names.frame_paths(tag, group)]
            if not frames:
                raise ConditionSyntaxError(f"{path_text(path)} is in no functional group")
            parts.extend(retarget(predicate, path, frame) for frame in frames)
        return conjoin(parts) if negative else disjoin(parts)

    def _apply(self, verb: VerbPhrase, path: tuple[int, ...], index: int) -> Predicate:
        element = self.names.elements.get(path[-1])
        vr = element.vr if element is not None else ""
        token = self.peek()
        if vr == "SQ" and verb.kind == "value" and token is not None and token.text == "(":
            codes = read_codes(self)
            found: Predicate = CodeIn(tag=path, codes=codes)
            self._skip_scope()
            return Not(operand=found) if verb.negated else found
        values = read_values(self, verb, vr) if verb.takes_values else ()
        self._skip_scope()
        return verb.build(path, index, values, vr)


_PRESENCE_VERBS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("is", "not", "present"), False),
    (("are", "not", "present"), False),
    (("is", "absent"), False),
    (("are", "absent"), False),
    (("does", "not", "exist"), False),
    (("is", "not", "used"), False),
    (("not", "present"), False),
    (("is", "present"), True),
    (("are", "present"), True),
    (("is", "used"), True),
    (("is", "included"), True),
    (("exists",), True),
    (("exist",), True),
    (("present",), True),
)

_SCOPES: tuple[tuple[str, ...], ...] = (
    ("in", "this", "sequence", "item"),
    ("of", "this", "frame"),
    ("for", "this", "frame"),
    ("in", "this", "frame"),
    ("in", "this", "item"),
    ("of", "this", "item"),
    ("in", "the", "same", "item"),
    ("in", "the", "sop", "instance"),
    ("in", "this", "sop", "instance"),
    ("in", "this", "instance"),
    ("in", "the", "instance"),
    ("in", "this", "data", "set"),
    ("in", "the", "dataset"),
    ("in", "the", "data", "set"),
    ("in", "the", "current", "sop", "instance"),
    ("in", "this", "sop", "instance"),
    ("in", "the", "current", "frame", "functional", "groups", "module"),
    ("at", "study", "or", "series", "level"),
    ("at", "study", "level"),
    ("at", "series", "level"),
)

AtomReader = Callable[[], Predicate | None]

__all__ = ["ConditionSyntaxError", "Parser", "Present", "conjoin", "disjoin"]
