"""Three-valued evaluation of the standard's conditions against a data set.

The generator turns every condition of PS3.3 ("Required if ...", a module's or
functional group's usage C, "Shall not be present if ...") into a predicate,
rendered into the generated models as a plain tuple (see the list below). This
module decides a predicate against a pydicom ``Dataset``: ``True``, ``False``,
or ``None`` when the data set cannot decide it (Kleene logic: ``unknown and
false`` is false, ``unknown or true`` is true).

Operators (the first element of each tuple):

- ``("present", TAG)``, ``("has_value", TAG)``: the attribute is in this item,
  or in an enclosing item or data set (the nearest that has it);
- ``("value", TAG, INDEX, "in" | "not_in", VALUES)``: its value (``INDEX`` 0:
  any value, else the 1-based value) is one of ``VALUES``;
- ``("compare", TAG, INDEX, OP, NUMBER)``: a numeric comparison;
- ``("items", TAG, OP, N)``: the number of items of a sequence;
- ``("code", TAG, ((VALUE, SCHEME), ...))``: a code sequence holds one of the codes;
- ``("sop_class", UIDS)``, ``("iod", NAMES)``, ``("transfer_syntax", UIDS)``;
- ``("module", NAME[, WHERE])``, ``("functional_group", NAME[, WHERE])``: present
  in the object (``WHERE`` is ``module.path:ClassName`` of the generated class);
- ``("item_index", OP, N)``: the 1-based index of the current item;
- ``("context", NAME)``: the data set travels in that encoding context
  (``"stow-rs-metadata"``: as metadata of a STOW-RS request, PS3.18); false
  unless the scope says so (a Part 10 file, an object in memory);
- ``("and", P, ...)``, ``("or", P, ...)``, ``("not", P)``, ``("unknown", REASON)``.

A ``TAG`` is an int, or a tuple of ints naming an attribute through its
sequences from the outside in.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

Predicate = tuple[Any, ...]
Truth = bool | None

SOP_CLASS_UID = 0x00080016
SHARED_FUNCTIONAL_GROUPS = 0x52009229
PER_FRAME_FUNCTIONAL_GROUPS = 0x52009230
CODE_VALUES = (0x00080100, 0x00080119, 0x00080120)
CODING_SCHEME_DESIGNATOR = 0x00080102

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


class TreeIndex:
    """Lookups over one root data set, each computed once and shared by every scope.

    ``anywhere`` holds every tag at any depth; ``below(dataset)`` maps each tag
    that stands in the items of ``dataset``'s sequences to those elements. The
    index assumes the data set does not change while it is in use (one
    validation).
    """

    __slots__ = ("_anywhere", "_below", "root")

    def __init__(self, root: Dataset) -> None:
        self.root = root
        self._anywhere: set[int] | None = None
        self._below: dict[int, dict[int, list[Any]]] = {}

    def anywhere(self, tag: int) -> bool:
        """True when ``tag`` stands at any depth of the root data set."""
        if self._anywhere is None:
            self._anywhere = set(_all_tags(self.root))
        return tag in self._anywhere

    def below(self, dataset: Dataset) -> dict[int, list[Any]]:
        """Tag -> the elements of that tag in the items of ``dataset``'s sequences."""
        found = self._below.get(id(dataset))
        if found is None:
            found = {}
            for element in _sequences(dataset):
                for item in element.value:
                    for tag in item.keys():  # noqa: SIM118 (a Dataset iterates its elements)
                        found.setdefault(int(tag), []).append(element_at(item, tag))
            self._below[id(dataset)] = found
        return found


@dataclass(slots=True)
class Scope:
    """Where a predicate is decided: the data sets from the root to the current item.

    ``chain`` runs from the root data set to the current one; ``item_index`` is
    the 1-based index of the current item in its sequence (``None`` at the top).
    ``iod`` is the name of the IOD validated (``None`` for a module or item on
    its own); ``transfer_syntax`` the encoding context, when there is one.
    ``presence`` decides ``module`` and ``functional_group`` predicates;
    ``fallbacks`` are data sets looked in after the chain (the shared functional
    groups item, for a per-frame item); ``contexts`` the encoding contexts the
    data set travels in (none for a file or an object in memory).
    ``index`` is the root's :class:`TreeIndex`, shared by the inner scopes: an
    attribute absent from the chain but present elsewhere is undecided, not
    absent (the text may mean that other one). ``memo`` keeps what each predicate
    evaluated to in this scope (the data set does not change during a validation),
    so a condition shared by several attributes, or asked again to word an
    undecided finding, is decided once.
    """

    chain: Sequence[Dataset]
    item_index: int | None = None
    iod: str | None = None
    transfer_syntax: str | None = None
    presence: Callable[[Predicate], Truth] | None = None
    fallbacks: Sequence[Dataset] = ()
    contexts: frozenset[str] = frozenset()
    index: TreeIndex | None = field(default=None)
    memo: dict[int, tuple[Predicate, Truth]] = field(default_factory=dict)

    def inner(self, item: Dataset, index: int, *, fallbacks: Sequence[Dataset] = ()) -> Scope:
        """The scope of the ``index``-th (1-based) item of a sequence of the current data set."""
        return Scope(
            chain=(*self.chain, item),
            item_index=index,
            iod=self.iod,
            transfer_syntax=self.transfer_syntax,
            presence=self.presence,
            fallbacks=fallbacks or self.fallbacks,
            contexts=self.contexts,
            index=self.tree,
        )

    @property
    def root(self) -> Dataset:
        """The top-level data set."""
        return self.chain[0]

    @property
    def tree(self) -> TreeIndex:
        """The root's index, made on first use."""
        if self.index is None:
            self.index = TreeIndex(self.root)
        return self.index


def element_at(dataset: Dataset, tag: int) -> Any:
    """The element ``tag`` of ``dataset`` (decoded), or ``None``; a decoded element is
    taken straight from pydicom's element mapping, a raw one through ``dataset[tag]``."""
    elements = cast("dict[int, Any]", dataset._dict)  # keyed by BaseTag, an int
    element = elements.get(tag)
    if element is None or not isinstance(element, tuple):  # RawDataElement is a NamedTuple
        return element
    return dataset[tag]


def _sequences(dataset: Dataset) -> Iterator[Any]:
    """The non-empty sequence elements of ``dataset``; only sequences are decoded (a raw
    element of implicit VR has no VR yet, so it is decoded to learn it)."""
    for tag, element in dataset._dict.items():
        if element.VR in ("SQ", None):
            element = element_at(dataset, tag)
            if element.VR == "SQ" and element.value:
                yield element


def _all_tags(dataset: Dataset) -> Iterator[int]:
    for tag in dataset.keys():  # noqa: SIM118 (a Dataset iterates its elements)
        yield int(tag)
    for element in _sequences(dataset):
        for item in element.value:
            yield from _all_tags(item)


def lookup(scope: Scope, tag: int | tuple[int, ...]) -> tuple[Truth, list[Any]]:
    """(presence, elements) of an attribute seen from the current data set.

    Looked for in the current data set, then each enclosing one up to the root;
    then in the items of the sequences of each enclosing item below the root
    ("Frame Type of this frame" stands in a sibling functional group of the
    frame's item), then in the ``fallbacks`` (the shared functional groups item
    for a per-frame item). Presence is ``None`` when the attribute is nowhere in
    reach but stands elsewhere in the object.
    """
    path = (tag,) if isinstance(tag, int) else tuple(tag)
    first = path[0]
    tree = scope.tree
    found = _nearest(tree, scope.chain, first)
    if found is None:
        for fallback in scope.fallbacks:
            found = _nearest(tree, (fallback,), first, include_root=True)
            if found is not None:
                break
    if found is None:
        return (None if tree.anywhere(first) else False, [])
    elements = found
    for inner in path[1:]:
        elements = [
            element_at(item, inner)
            for element in elements
            if element.VR == "SQ" and element.value
            for item in element.value
            if inner in item.keys()  # noqa: SIM118 (Dataset.__contains__ converts the key)
        ]
    return (bool(elements), elements)


def _nearest(
    tree: TreeIndex, chain: Sequence[Dataset], tag: int, *, include_root: bool = False
) -> list[Any] | None:
    for dataset in reversed(chain):
        element = element_at(dataset, tag)
        if element is not None:
            return [element]
    inner = chain if include_root else chain[1:]
    for dataset in reversed(inner):
        found = tree.below(dataset).get(tag)
        if found:
            return found
    return None


def _values(element: Any) -> list[Any]:
    value = element.value
    if value is None or value == "" or value == b"":
        return []
    if element.VR == "SQ":
        return list(value)
    if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
        return list(value)
    return [value]


def _pick(values: list[Any], index: int) -> list[Any]:
    if index == 0:
        return values
    return values[index - 1 : index]


def _same(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, (int, float)) and not isinstance(wanted, bool):
        try:
            return float(actual) == float(wanted)
        except (TypeError, ValueError):
            return False
    return str(actual).strip() == str(wanted).strip()


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def evaluate(predicate: Predicate | None, scope: Scope) -> Truth:
    """``True``, ``False`` or ``None`` (the data set cannot decide) for ``predicate``."""
    if predicate is None:
        return None
    known = scope.memo.get(id(predicate))
    if known is not None and known[0] is predicate:  # the same object, not a reused id
        return known[1]
    handler = _OPERATORS.get(predicate[0])
    value = None if handler is None else handler(predicate, scope)
    scope.memo[id(predicate)] = (predicate, value)
    return value


def _and(predicate: Predicate, scope: Scope) -> Truth:
    result: Truth = True
    for part in predicate[1:]:
        value = evaluate(part, scope)
        if value is False:
            return False
        if value is None:
            result = None
    return result


def _or(predicate: Predicate, scope: Scope) -> Truth:
    result: Truth = False
    for part in predicate[1:]:
        value = evaluate(part, scope)
        if value is True:
            return True
        if value is None:
            result = None
    return result


def _not(predicate: Predicate, scope: Scope) -> Truth:
    value = evaluate(predicate[1], scope)
    return None if value is None else not value


def _present(predicate: Predicate, scope: Scope) -> Truth:
    return lookup(scope, predicate[1])[0]


def _has_value(predicate: Predicate, scope: Scope) -> Truth:
    present, elements = lookup(scope, predicate[1])
    if not present:
        return present
    return any(_values(element) for element in elements)


def _value(predicate: Predicate, scope: Scope) -> Truth:
    _, tag, index, how, wanted = predicate
    present, elements = lookup(scope, tag)
    if present is None:
        return None
    values = [v for element in elements for v in _pick(_values(element), index)]
    if not values:
        return False
    hits = [any(_same(value, w) for w in wanted) for value in values]
    if how == "in":
        return any(hits)
    return not any(hits)


def _compare(predicate: Predicate, scope: Scope) -> Truth:
    _, tag, index, how, number = predicate
    present, elements = lookup(scope, tag)
    if present is None:
        return None
    numbers = [
        n
        for element in elements
        for n in (_number(v) for v in _pick(_values(element), index or 1))
        if n is not None
    ]
    if not numbers:
        return False
    compare = _COMPARE[how]
    return any(compare(n, number) for n in numbers)


def _items(predicate: Predicate, scope: Scope) -> Truth:
    _, tag, how, number = predicate
    present, elements = lookup(scope, tag)
    if present is None:
        return None
    count = sum(len(_values(element)) for element in elements)
    return _COMPARE[how](count, number)


def _code(predicate: Predicate, scope: Scope) -> Truth:
    _, tag, codes = predicate
    present, elements = lookup(scope, tag)
    if present is None:
        return None
    wanted = {(str(value), str(scheme)) for value, scheme in codes}
    for element in elements:
        for item in _values(element):
            scheme = item.get(CODING_SCHEME_DESIGNATOR)
            if scheme is None:
                continue
            for code_tag in CODE_VALUES:
                code = item.get(code_tag)
                if code is not None and (str(code.value).strip(), str(scheme.value).strip()) in (
                    wanted
                ):
                    return True
    return False


def _sop_class(predicate: Predicate, scope: Scope) -> Truth:
    element = scope.root.get(SOP_CLASS_UID)
    if element is None or not element.value:
        return None
    return str(element.value).strip() in predicate[1]


def _iod(predicate: Predicate, scope: Scope) -> Truth:
    return None if scope.iod is None else scope.iod in predicate[1]


def _transfer_syntax(predicate: Predicate, scope: Scope) -> Truth:
    return None if scope.transfer_syntax is None else scope.transfer_syntax in predicate[1]


def _item_index(predicate: Predicate, scope: Scope) -> Truth:
    if scope.item_index is None:
        return None
    return _COMPARE[predicate[1]](scope.item_index, predicate[2])


def _context(predicate: Predicate, scope: Scope) -> Truth:
    return predicate[1] in scope.contexts


def _presence(predicate: Predicate, scope: Scope) -> Truth:
    return None if scope.presence is None else scope.presence(predicate)


def _unknown(predicate: Predicate, scope: Scope) -> Truth:
    return None


_OPERATORS: dict[str, Callable[[Predicate, Scope], Truth]] = {
    "and": _and,
    "or": _or,
    "not": _not,
    "present": _present,
    "has_value": _has_value,
    "value": _value,
    "compare": _compare,
    "items": _items,
    "code": _code,
    "sop_class": _sop_class,
    "iod": _iod,
    "transfer_syntax": _transfer_syntax,
    "item_index": _item_index,
    "context": _context,
    "module": _presence,
    "functional_group": _presence,
    "unknown": _unknown,
}


def undecided_parts(predicate: Predicate | None, scope: Scope) -> list[str]:
    """The parts of ``predicate`` the data set cannot decide, in words."""
    if predicate is None:
        return ["the condition was not read"]
    op = predicate[0]
    if op in ("and", "or", "not"):
        found: list[str] = []
        for part in predicate[1:]:
            if evaluate(part, scope) is None:
                found.extend(undecided_parts(part, scope))
        return found
    if evaluate(predicate, scope) is not None:
        return []
    if op == "unknown":
        return [str(predicate[1])]
    return [describe(predicate)]


def describe(predicate: Predicate | None) -> str:
    """A readable rendering: ``absent (0054,0410) and SOP Class UID in {...}``."""
    if predicate is None:
        return "(not read)"
    op = predicate[0]
    if op in ("and", "or"):
        return f" {op} ".join(f"({describe(p)})" for p in predicate[1:])
    if op == "not":
        inner = predicate[1]
        if inner[0] == "present":
            return f"absent {_tag_text(inner[1])}"
        return f"not ({describe(inner)})"
    if op in ("present", "has_value"):
        return f"{op.replace('_', ' ')} {_tag_text(predicate[1])}"
    if op == "value":
        _, tag, index, how, values = predicate
        which = f"value {index} of " if index else ""
        words = "in" if how == "in" else "not in"
        return f"{which}{_tag_text(tag)} {words} {{{', '.join(map(str, values))}}}"
    if op == "compare":
        _, tag, index, how, number = predicate
        which = f"value {index} of " if index and index != 1 else ""
        return f"{which}{_tag_text(tag)} {how} {number}"
    if op == "items":
        return f"items of {_tag_text(predicate[1])} {predicate[2]} {predicate[3]}"
    if op == "code":
        codes = ", ".join(f"({v}, {s})" for v, s in predicate[2])
        return f"{_tag_text(predicate[1])} holds one of {codes}"
    if op in ("sop_class", "iod", "transfer_syntax"):
        subject = {"sop_class": "SOP Class UID", "iod": "IOD", "transfer_syntax": "Transfer Syntax"}
        return f"{subject[op]} in {{{', '.join(predicate[1])}}}"
    if op in ("module", "functional_group"):
        return f"{op.replace('_', ' ')} {predicate[1]} present"
    if op == "item_index":
        return f"item index {predicate[1]} {predicate[2]}"
    if op == "context":
        return f"encoded as {predicate[1]}"
    if op == "unknown":
        return f"unknown: {predicate[1]}"
    return repr(predicate)


def _tag_text(tag: int | tuple[int, ...]) -> str:
    path = (tag,) if isinstance(tag, int) else tag
    return ">".join(f"({t >> 16:04X},{t & 0xFFFF:04X})" for t in path)
