"""Is a data set valid for its IOD? Every rule of presence, conditions included.

:func:`validate` takes a model, a pydicom ``Dataset`` or a file and returns
:class:`~dicomodel.errors.Issue` s, each with a severity:

- ``error``: a rule that holds and is broken (a Type 1 attribute absent, a 1C
  whose condition is true and that is absent, an attribute that "shall not be
  present" and is);
- ``warning``: a 1C or 2C attribute present when its condition is false and the
  text does not say it "may be present otherwise" (PS3.5 Section 7.4: a
  conditional attribute is included under its condition);
- ``undecided``: the data set cannot decide the rule (the condition depends on
  facts outside it: "if contrast was administered"); the finding names the part
  that could not be decided. Never an error, never silently passed.

Modules are checked as the IOD's module table says (PS3.3 A.1.3): M modules
always, C modules when their condition holds (undecided when it cannot be
decided and the module is absent), any module that is present. The functional
group macros of an enhanced multi-frame IOD are checked per frame, in the
shared or the frame's per-frame item (PS3.3 C.7.6.16). Conditions inside
sequence items are evaluated in the item, with the enclosing items and the
root data set in reach.

The value rules (VR, VM, Enumerated Values) come from reading the data set
into its model (:meth:`~dicomodel.model.DicomModel.from_dataset`).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from dicomodel.conditions import (
    PER_FRAME_FUNCTIONAL_GROUPS,
    SHARED_FUNCTIONAL_GROUPS,
    Predicate,
    Scope,
    Truth,
    describe,
    element_at,
    evaluate,
    undecided_parts,
)
from dicomodel.errors import Issue, Rule, Severity
from dicomodel.lazy import resolved
from dicomodel.model import is_empty

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

    from dicomodel.model import Attribute, DicomModel, FunctionalGroupUsage, ModuleUsage

__all__ = ["errors_of", "presence_errors", "validate", "validate_dataset"]

FUNCTIONAL_GROUP_SEQUENCES = frozenset({SHARED_FUNCTIONAL_GROUPS, PER_FRAME_FUNCTIONAL_GROUPS})
PS3_5_TYPES = "PS3.5 Section 7.4"


def validate(
    source: DicomModel | Dataset | str | Path,
    *,
    model: type[DicomModel] | None = None,
    transfer_syntax: str | None = None,
) -> list[Issue]:
    """Every problem of ``source`` as an instance of its IOD (chosen by SOP Class UID).

    ``source`` is a model instance, a pydicom ``Dataset`` or a Part 10 file path;
    ``model`` overrides the class chosen by SOP Class UID. The encoding context
    (``transfer_syntax``) is the file's when ``source`` is a file.
    """
    from dicomodel.model import DicomModel
    from dicomodel.serialize.dataset import value_issues
    from dicomodel.serialize.decoding import decode_all
    from dicomodel.serialize.part10 import model_class, read_dataset

    if isinstance(source, DicomModel):
        cls = model or type(source)
        dataset = source.to_dataset(check=False)
    else:
        dataset = read_dataset(source) if isinstance(source, (str, Path)) else source
        cls = model or model_class(dataset)
    decode_all(dataset)  # every value is looked at: decoded in one pass, as pydicom would
    syntax = transfer_syntax or _transfer_syntax(dataset)
    presence = validate_dataset(dataset, cls, transfer_syntax=syntax)
    return _merge(value_issues(cls, dataset), presence) + _template_issues(dataset)


def _template_issues(dataset: Dataset) -> list[Issue]:
    """The PS3.16 template findings (SR content trees, content item sequences)."""
    from dicomodel.sr.checks import template_issues

    return template_issues(dataset)


def presence_errors(
    value_issues: list[Issue], dataset: Dataset, cls: type[DicomModel]
) -> list[Issue]:
    """``value_issues`` with the model's own presence findings replaced by the errors of
    :func:`validate_dataset` (what a strict read refuses)."""
    found = validate_dataset(dataset, cls, transfer_syntax=_transfer_syntax(dataset))
    return _merge(value_issues, errors_of(found))


def _transfer_syntax(dataset: Dataset) -> str | None:
    """The Transfer Syntax UID of the file meta a data set was read with, if any."""
    meta = getattr(dataset, "file_meta", None)
    syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    return str(syntax) if syntax else None


def errors_of(issues: list[Issue]) -> list[Issue]:
    """The issues of severity ``error``."""
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def _merge(value_issues: list[Issue], presence: list[Issue]) -> list[Issue]:
    """Value issues of the read, presence issues of the walk (which knows the modules).

    The read's "absent" findings give way to the walk's; an "empty" finding the read
    has already (it knows whether the value went to the extra elements) is kept once.
    """
    kept = [issue for issue in value_issues if issue.rule is not Rule.ABSENT]
    seen = {(issue.path, issue.rule) for issue in kept}
    return kept + [issue for issue in presence if (issue.path, issue.rule) not in seen]


def validate_dataset(
    dataset: Dataset, cls: type[DicomModel], *, transfer_syntax: str | None = None
) -> list[Issue]:
    """The presence and condition issues of ``dataset`` read as ``cls``.

    For an IOD class its module and functional group tables are followed; a
    module, macro or item class is checked on its own.
    """
    walk = _Walk(cls, dataset, transfer_syntax)
    if cls.dicom_modules:
        walk.iod()
    else:
        walk.attributes(_plan(cls), dataset, walk.scope, "")
    return walk.issues


class _Table(NamedTuple):
    """A module or macro class, loaded, with its top-level tags."""

    cls: type[DicomModel]
    tags: frozenset[int]


@cache
def _table(where: str) -> _Table:
    module_name, _, class_name = where.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return _Table(cls=cls, tags=frozenset(a.tag for a in cls.dicom_attributes().values()))


@cache
def _tags(where: str) -> frozenset[int]:
    """The top-level tags of a module or macro class, from its presence rules (no
    import of the class); from the class itself when it has no rules."""
    rules = _rules(where)
    if rules is None:
        return _table(where).tags
    return frozenset(attribute.tag for _, attribute, _ in rules[1])


@cache
def _unique_tags(cls: type[DicomModel]) -> dict[str, frozenset[int]]:
    """Per module of an IOD, the tags no other module of it has (all its tags if none)."""
    tags = {use.name: _tags(use.where) for use in cls.dicom_modules}
    found: dict[str, frozenset[int]] = {}
    for name, own in tags.items():
        others = frozenset().union(*(t for n, t in tags.items() if n != name))
        found[name] = (own - others) or own
    return found


@cache
def _item_classes(cls: type[DicomModel]) -> dict[int, Any]:
    from dicomodel.serialize.dataset import plan_for

    # The reference, resolved when a sequence is entered (issue 16: no item class is
    # imported for a sequence the data set does not have).
    return {tag: plan.item for tag, plan in plan_for(cls).by_tag.items()}


# How the walk treats an attribute of a table (its plan entry's ``check``).
_SKIP, _TYPE1, _TYPE2, _RULE = 0, 1, 2, 3


class _Plan(NamedTuple):
    """What the walk looks at in a table, in the table's order: each attribute that
    has a presence rule or is a sequence whose items it enters, with ``check``
    telling how (``_TYPE1`` / ``_TYPE2``: present, and for Type 1 not empty, is
    all there is to see; ``_RULE``: a condition or a "shall not be present");
    ``required``: the table has a Type 1 or 2 attribute at its top level."""

    source: str
    entries: tuple[tuple[str, Attribute, int, int, Any], ...]  # the item: a Lazy reference
    required: bool


_RULE_TYPES = frozenset({"1", "2", "1C", "2C"})


@cache
def _plan(cls: type[DicomModel]) -> _Plan:
    """The plan of a model class, from its fields."""
    items = _item_classes(cls)
    fields = [(name, a, items.get(a.tag)) for name, a in cls.dicom_attributes().items()]
    return _plan_of(cls.dicom_table, fields)


@cache
def _rules(where: str) -> tuple[str, tuple[tuple[str, Attribute, Any], ...]] | None:
    """The generated presence rules of a module or macro class (``module.path:Class``,
    in :mod:`dicomodel._rules`): its table and its fields as the class declares them."""
    module_name, _, class_name = where.partition(":")
    rules_module = "dicomodel._rules." + module_name.removeprefix("dicomodel.")
    try:
        found: tuple[str, tuple[tuple[str, Attribute, Any], ...]] = getattr(
            importlib.import_module(rules_module), class_name
        )
    except (ImportError, AttributeError):
        return None
    return found


@cache
def _table_plan(where: str) -> _Plan:
    """The plan of a module or macro class, from its presence rules: checking an IOD
    then creates none of its module classes (issue 16). From the class when it has
    no rules."""
    rules = _rules(where)
    if rules is None:
        return _plan(_table(where).cls)
    table, fields = rules
    # in tag order, as DicomModel.dicom_attributes() gives a class's fields
    return _plan_of(table, sorted(fields, key=lambda field: field[1].tag))


def _plan_of(table: str, fields: list[tuple[str, Attribute, Any]]) -> _Plan:
    entries = []
    for name, attribute, item_class in fields:
        ruled = attribute.type in _RULE_TYPES or attribute.forbid is not None
        if not ruled and item_class is None:
            continue
        if not ruled:
            check = _SKIP
        elif attribute.forbid is None and attribute.type in ("1", "2"):
            check = _TYPE1 if attribute.type == "1" else _TYPE2
        else:
            check = _RULE
        entries.append((name, attribute, attribute.tag, check, item_class))
    required = any(attribute.type in ("1", "2") for _, attribute, _ in fields)
    return _Plan(f"PS3.3 {_cite(table)}", tuple(entries), required)


class _Walk:
    """One validation: the root data set, the IOD's tables, and the issues found."""

    def __init__(
        self, cls: type[DicomModel], dataset: Dataset, transfer_syntax: str | None
    ) -> None:
        self.cls = cls
        self.dataset = dataset
        self.issues: list[Issue] = []
        self.modules: dict[str, ModuleUsage] = {use.name: use for use in cls.dicom_modules}
        self.groups: dict[str, FunctionalGroupUsage] = {
            use.name: use for use in cls.dicom_functional_groups
        }
        self.scope = Scope(
            chain=(dataset,),
            iod=cls.dicom_name if cls.dicom_modules else None,
            transfer_syntax=transfer_syntax,
            presence=self.presence,
        )
        self._unique = _unique_tags(cls)
        self._by_folded = {name.casefold(): name for name in self.modules}
        self._groups_folded = {name.casefold(): use for name, use in self.groups.items()}

    # -- presence of modules and functional groups -------------------------------

    def module_present(self, name: str, where: str | None) -> Truth:
        """Whether a module's attributes stand in the data set."""
        own = self._by_folded.get(name.casefold())
        if own is not None:
            tags = self._unique[own]
        else:
            where = where or _named("MODULES", name)
            if where is None:
                return None
            tags = _tags(where)
        return not tags.isdisjoint(self.dataset.keys())

    def group_items(self) -> tuple[Dataset | None, list[Dataset]]:
        """The shared functional groups item and the per-frame items."""
        shared_element = self.dataset.get(SHARED_FUNCTIONAL_GROUPS)
        shared = shared_element.value[0] if shared_element and shared_element.value else None
        frames_element = self.dataset.get(PER_FRAME_FUNCTIONAL_GROUPS)
        frames = list(frames_element.value) if frames_element and frames_element.value else []
        return shared, frames

    def group_present(self, name: str, where: str | None) -> Truth:
        """Whether a functional group macro stands in the shared or a per-frame item."""
        use = self.groups.get(name) or self._groups_folded.get(name.casefold())
        target = use.where if use is not None else where or _named("MACROS", name)
        if not target:
            return None
        tags = _tags(target)
        shared, frames = self.group_items()
        items = ([shared] if shared is not None else []) + frames
        return any(not tags.isdisjoint(item.keys()) for item in items)

    def presence(self, predicate: Predicate) -> Truth:
        """Decide a ``module`` or ``functional_group`` predicate."""
        where = predicate[2] if len(predicate) > 2 else None
        if predicate[0] == "module":
            return self.module_present(predicate[1], where)
        return self.group_present(predicate[1], where)

    # -- the IOD -----------------------------------------------------------------

    def iod(self) -> None:
        """Walk the module table, then the functional groups."""
        source = f"PS3.3 {_cite(self.cls.dicom_table)}"
        for use in self.modules.values():
            tags = _tags(use.where)
            # Present: an attribute only this module of the IOD has; a required
            # module is absent only when none of its attributes stands.
            present = self.module_present(use.name, use.where)
            required = self._usage_required(use.usage, use.when)
            if required is True:
                present = not tags.isdisjoint(self.dataset.keys())
            if use.forbid is not None and present:
                forbidden = evaluate(use.forbid, self.scope)
                if forbidden is not False:
                    self._module_issue(use, forbidden, "shall not be present", source)
            if present or required is True:
                # A module with no Type 1 or 2 attribute can be absent and met: its
                # conditional attributes are checked one by one.
                if not present and _table_plan(use.where).required:
                    self.add(
                        Issue(
                            path=use.name,
                            tag=0,
                            rule=Rule.MODULE,
                            message=f"{use.name} Module is required ({self._why(use)}) and absent",
                            source=source,
                        )
                    )
                    continue
                self.attributes(_table_plan(use.where), self.dataset, self.scope, "")
            elif required is None and use.usage == "C":
                parts = "; ".join(undecided_parts(use.when, self.scope))
                self.add(
                    Issue(
                        path=use.name,
                        tag=0,
                        rule=Rule.MODULE,
                        message=f"{use.name} Module is absent; required if {use.condition!r}, "
                        f"which the data set cannot decide ({parts})",
                        severity=Severity.UNDECIDED,
                        source=source,
                    )
                )
        if self.groups:
            self.functional_groups()

    def _module_issue(self, use: ModuleUsage, truth: Truth, what: str, source: str) -> None:
        severity = Severity.ERROR if truth else Severity.UNDECIDED
        self.add(
            Issue(
                path=use.name,
                tag=0,
                rule=Rule.NOT_ALLOWED,
                message=f"{use.name} Module is present and {what}: {use.condition!r}",
                severity=severity,
                source=source,
            )
        )

    def _usage_required(self, usage: str, when: Predicate | None) -> Truth:
        if usage == "M":
            return True
        if usage == "C":
            return evaluate(when, self.scope) if when is not None else None
        return False

    @staticmethod
    def _why(use: ModuleUsage | FunctionalGroupUsage) -> str:
        return "M" if use.usage == "M" else f"C: {use.condition}"

    # -- functional groups ---------------------------------------------------------

    def functional_groups(self) -> None:
        """Each macro in the shared item or in every per-frame item, as its usage says."""
        source = f"PS3.3 {_cite(self.cls.dicom_table)}"
        shared, frames = self.group_items()
        if shared is None and not frames:
            return
        for use in self.groups.values():
            tags = _tags(use.where)
            in_shared = shared is not None and not tags.isdisjoint(shared.keys())
            in_frames = [not tags.isdisjoint(frame.keys()) for frame in frames]
            required = self._usage_required(use.usage, use.when)
            missing = [i for i, here in enumerate(in_frames) if not (here or in_shared)]
            if required is True and (missing or (not frames and not in_shared)):
                count = len(missing) if frames else 1
                self.add(
                    Issue(
                        path=f"{use.name} Functional Group",
                        tag=PER_FRAME_FUNCTIONAL_GROUPS,
                        rule=Rule.FUNCTIONAL_GROUP,
                        message=f"{use.name} Functional Group is required ({self._why(use)}) and "
                        f"absent from {count} frame(s), in neither the shared nor their "
                        "per-frame item",
                        source=source,
                    )
                )
            elif required is None and not in_shared and not any(in_frames):
                parts = "; ".join(undecided_parts(use.when, self.scope))
                self.add(
                    Issue(
                        path=f"{use.name} Functional Group",
                        tag=PER_FRAME_FUNCTIONAL_GROUPS,
                        rule=Rule.FUNCTIONAL_GROUP,
                        message=f"{use.name} Functional Group is absent; required if "
                        f"{use.condition!r}, which the data set cannot decide ({parts})",
                        severity=Severity.UNDECIDED,
                        source=source,
                    )
                )
            if in_shared and use.sharing == "per-frame":
                self._sharing_issue(use, "shared", source)
            if any(in_frames) and use.sharing == "shared":
                self._sharing_issue(use, "per-frame", source)
            if in_shared and shared is not None:
                path = "SharedFunctionalGroupsSequence[0]"
                plan = _table_plan(use.where)
                self.attributes(plan, shared, self.scope.inner(shared, 1), path)
            for index, here in enumerate(in_frames):
                if here:
                    frame = frames[index]
                    path = f"PerFrameFunctionalGroupsSequence[{index}]"
                    shared_items = (shared,) if shared is not None else ()
                    scope = self.scope.inner(frame, index + 1, fallbacks=shared_items)
                    self.attributes(_table_plan(use.where), frame, scope, path)

    def _sharing_issue(self, use: FunctionalGroupUsage, where: str, source: str) -> None:
        tag = SHARED_FUNCTIONAL_GROUPS if where == "shared" else PER_FRAME_FUNCTIONAL_GROUPS
        self.add(
            Issue(
                path=f"{use.name} Functional Group",
                tag=tag,
                rule=Rule.FUNCTIONAL_GROUP,
                message=f"{use.name} Functional Group may not be used as a {where} "
                f"functional group ({use.condition})",
                source=source,
            )
        )

    # -- attributes ------------------------------------------------------------------

    def attributes(self, plan: _Plan, dataset: Dataset, scope: Scope, path: str) -> None:
        """The presence rules of every attribute of a table in ``dataset``, items included."""
        elements = cast("dict[int, Any]", dataset._dict)  # keyed by BaseTag, an int
        top = not path and bool(self.groups)
        for name, attribute, tag, check, item_class in plan.entries:
            element = elements.get(tag)
            if isinstance(element, tuple):  # a raw element: decoded by pydicom
                element = element_at(dataset, tag)
            if check == _TYPE2 and element is not None:
                pass  # present: all a Type 2 rule asks
            elif check == _TYPE1 and element is not None and not is_empty(element.value):
                pass  # present with a value: all a Type 1 rule asks
            elif check != _SKIP:
                where = f"{path}.{name}" if path else name
                self.attribute(attribute, element, scope, where, plan.source)
            if (
                item_class is None
                or element is None
                or element.VR != "SQ"
                or not element.value
                or (top and tag in FUNCTIONAL_GROUP_SEQUENCES)
            ):
                continue
            where = f"{path}.{name}" if path else name
            for index, item in enumerate(element.value):
                self.attributes(
                    _plan(resolved(item_class)),
                    item,
                    scope.inner(item, index + 1),
                    f"{where}[{index}]",
                )

    def attribute(
        self, attribute: Attribute, element: Any, scope: Scope, path: str, source: str
    ) -> None:
        """The presence rule of one attribute."""
        kind = attribute.type
        present = element is not None
        if attribute.forbid is not None and present:
            forbidden = evaluate(attribute.forbid, scope)
            if forbidden is not False:
                self.add(
                    Issue(
                        path=path,
                        tag=attribute.tag,
                        rule=Rule.NOT_ALLOWED,
                        message=f"present, and shall not be if {describe(attribute.forbid)}"
                        if forbidden
                        else "present; shall not be if "
                        + "; ".join(undecided_parts(attribute.forbid, scope))
                        + ", which the data set cannot decide",
                        severity=Severity.ERROR if forbidden else Severity.UNDECIDED,
                        source=source,
                    )
                )
        if kind in ("1", "2"):
            required: Truth = True
        elif kind in ("1C", "2C"):
            required = evaluate(attribute.when, scope)
        else:
            return
        conditional = kind.endswith("C")
        rule = Rule.CONDITION if conditional else Rule.ABSENT
        label = f"Type {kind}"
        if required is True:
            if not present:
                because = f" (required: {describe(attribute.when)})" if conditional else ""
                self.add(
                    Issue(
                        path=path,
                        tag=attribute.tag,
                        rule=rule,
                        message=f"{label} attribute is absent{because}",
                        source=source,
                    )
                )
            elif kind.startswith("1") and is_empty(element.value):
                self.add(
                    Issue(
                        path=path,
                        tag=attribute.tag,
                        rule=Rule.TYPE1_EMPTY,
                        message=f"{label} attribute is empty",
                        source=source,
                    )
                )
        elif required is None and not present:
            parts = "; ".join(undecided_parts(attribute.when, scope))
            self.add(
                Issue(
                    path=path,
                    tag=attribute.tag,
                    rule=Rule.CONDITION,
                    message=f"{label} attribute is absent; required if {parts}, which the "
                    "data set cannot decide",
                    severity=Severity.UNDECIDED,
                    source=source,
                )
            )
        elif required is False and present and attribute.otherwise != "may":
            shall_not = attribute.otherwise == "shall_not"
            self.add(
                Issue(
                    path=path,
                    tag=attribute.tag,
                    rule=Rule.NOT_ALLOWED,
                    message=f"{label} attribute is present, but its condition is not met"
                    + (" and it shall not be present otherwise" if shall_not else ""),
                    severity=Severity.ERROR if shall_not else Severity.WARNING,
                    source=source if shall_not else f"{source}; {PS3_5_TYPES}",
                )
            )

    def add(self, issue: Issue) -> None:
        """Record an issue."""
        self.issues.append(issue)


def _named(registry: str, name: str) -> str | None:
    """The generated class of a module or macro named in a condition, if any."""
    tables: dict[str, str] = getattr(importlib.import_module("dicomodel._tables"), registry)
    folded = name.casefold()
    for suffix in ("", " module", " macro", " functional group"):
        found = tables.get(folded.removesuffix(suffix)) or tables.get(folded + suffix)
        if found is not None:
            return found
    return None


def _cite(table: str) -> str:
    """``table_C.7-5a`` -> ``Table C.7-5a``."""
    return "Table " + table.removeprefix("table_") if table.startswith("table_") else table
