"""Models to and from pydicom ``Dataset``: nothing lost, every problem located.

Reading walks the data set once. Each element whose tag is a field of the
model is checked against the field's VR and Python type (the validators of
:mod:`dicomodel.vr` and the generated enums, through a pydantic
``TypeAdapter`` per field type), then against the attribute's rules (Type 1 not
empty, Enumerated Values, VM); sequence items become the field's item class,
recursively. Objects are assembled with ``model_construct`` from values that
were validated one by one, so a non-strict read can keep a non-conformant
object without a second validation pass.

Every problem is an :class:`~dicomodel.errors.Issue` with its path. A value
that does not fit its field's type (a bad DA, a VR the model does not allow, a
VM the field cannot hold) leaves the element, unchanged, in the ``dicom_extra``
data set of the object that would have held it; a value that fits the type but
breaks a rule (Type 1 empty, an Enumerated Value, VM) stays in the model. A
required field without element is left at ``None`` and out of
``model_fields_set``, so that writing does not invent it. Strict reading raises
:class:`~dicomodel.errors.DicomValidationError` with all the issues.

Elements without field (other IODs' attributes, retired, private, unknown) are
kept in ``dicom_extra`` (sequence items there stay pydicom datasets): shared with
the data set read, and copied once when ``dicom_extra`` is first asked for
(never when the data set is the reader's own, as for DICOM JSON).
Writing emits the fields in ``model_fields_set`` then ``dicom_extra``, with
the VR each multi-VR attribute was read with (else pydicom's rules from Pixel
Representation, Bits Allocated...) and the sequence lengths it was read with.
"""

from __future__ import annotations

import contextlib
import copy
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any, ForwardRef, NamedTuple, TypeVar, cast

from pydantic import TypeAdapter, ValidationError
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.filewriter import correct_ambiguous_vr
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.uid import UID

from dicomodel.errors import DicomFormatError, DicomValidationError, Issue, Rule
from dicomodel.lazy import Lazy
from dicomodel.model import Attribute, DicomModel, DicomState, attribute_problems
from dicomodel.serialize.pixels import PIXEL_TAGS, native_length_problem, resolved_vr
from dicomodel.serialize.values import (
    BINARY_VRS,
    MAX_DEPTH,
    MAX_VALUES,
    READ_ERRORS,
    BulkDataURI,
    element_value,
    field_input,
    make_element,
)
from dicomodel.vr import UI

__all__ = ["ClassPlan", "FieldPlan", "dataset_issues", "from_dataset", "plan_for", "to_dataset"]

M = TypeVar("M", bound=DicomModel)
# Media Storage SOP Class and Instance UIDs, Transfer Syntax UID, Implementation Class UID
_META_UIDS = frozenset({0x00020002, 0x00020003, 0x00020010, 0x00020012})


class FieldPlan(NamedTuple):
    """How one field meets its data element."""

    name: str
    attribute: Attribute
    vrs: frozenset[str]
    item: type[DicomModel] | Lazy | None
    """The item class of a sequence, or the :class:`~dicomodel.lazy.Lazy` reference
    to it that the generated annotation holds (not imported until needed)."""
    multiple: bool
    annotation: Any
    required: bool

    @property
    def item_class(self) -> type[DicomModel] | None:
        """The item class of a sequence field (imported on first use), else ``None``."""
        item = self.item
        return item if item is None or isinstance(item, type) else item.resolve()


class ClassPlan(NamedTuple):
    """A model class's fields by tag and by name."""

    by_tag: dict[int, FieldPlan]
    by_name: dict[str, FieldPlan]
    required: tuple[FieldPlan, ...]


def _unresolved(annotation: Any) -> bool:
    """True when ``annotation`` still holds a forward reference (a string)."""
    try:
        return _unresolved_shared(annotation)
    except TypeError:  # unhashable: look without the cache
        return _has_forward_reference(annotation)


@cache
def _unresolved_shared(annotation: Any) -> bool:
    # Fields share their annotations (``vr.LO | None``): each is looked at once.
    return _has_forward_reference(annotation)


def _has_forward_reference(annotation: Any) -> bool:
    if isinstance(annotation, (str, ForwardRef)):
        return True
    return any(_unresolved(arg) for arg in typing.get_args(annotation))


def _shape(annotation: Any) -> tuple[bool, Any]:
    """``(is a list, the annotation without None and list)``."""
    try:
        return _shape_shared(annotation)
    except TypeError:  # unhashable: look without the cache
        return _shape_of(annotation)


@cache
def _shape_shared(annotation: Any) -> tuple[bool, Any]:
    # Fields share their annotations (``vr.LO | None``): each is taken apart once.
    return _shape_of(annotation)


def _shape_of(annotation: Any) -> tuple[bool, Any]:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in {typing.Union, types.UnionType} and len(args) == 1:
        annotation = args[0]
    if typing.get_origin(annotation) is list:
        return True, typing.get_args(annotation)[0]
    return False, annotation


@cache
def plan_for(cls: type[DicomModel]) -> ClassPlan:
    """The plan of a model class (cached; the class itself need not be built)."""
    fields = cls.model_fields
    # A class pydantic has built has no forward reference left: only look in one not built.
    if not cls.__pydantic_complete__ and any(
        _unresolved(field.annotation) for field in fields.values()
    ):
        cls.model_rebuild(force=True)
        fields = cls.model_fields
    plans: list[FieldPlan] = []
    for name, attribute in cls.dicom_attributes().items():
        field = fields[name]
        multiple, inner = _shape(field.annotation)
        item = (
            inner
            if attribute.vr == "SQ"
            and (
                isinstance(inner, Lazy)
                or (isinstance(inner, type) and issubclass(inner, DicomModel))
            )
            else None
        )
        plans.append(
            FieldPlan(
                name=name,
                attribute=attribute,
                vrs=frozenset(attribute.vrs),
                item=item,
                multiple=multiple,
                annotation=_full_annotation(field.annotation, field.metadata),
                required=field.is_required(),
            )
        )
    return ClassPlan(
        by_tag={plan.attribute.tag: plan for plan in plans},
        by_name={plan.name: plan for plan in plans},
        required=tuple(plan for plan in plans if plan.required),
    )


def construct(cls: type[M], fields_set: set[str], values: dict[str, Any]) -> M:
    """``cls.model_construct(_fields_set=fields_set, **values)`` for values that are all
    fields, the same object without its per-field work: the defaults are looked up
    once per class."""
    defaults = _defaults(cls)
    if defaults is None:
        return cls.model_construct(_fields_set=fields_set, **values)
    model = cls.__new__(cls)
    fields = {
        name: values.get(name, default)
        for name, default in defaults
        if default is not _REQUIRED or name in values
    }
    set_attribute = object.__setattr__
    set_attribute(model, "__dict__", fields)
    set_attribute(model, "__pydantic_fields_set__", fields_set)
    extra: dict[str, Any] | None = {} if cls.model_config.get("extra") == "allow" else None
    set_attribute(model, "__pydantic_extra__", extra)
    set_attribute(model, "__pydantic_private__", None)
    if cls.__pydantic_post_init__:
        model.model_post_init(None)
    return model


_REQUIRED = object()


@cache
def _defaults(cls: type[DicomModel]) -> tuple[tuple[str, Any], ...] | None:
    """Each field with its default (``_REQUIRED``: none), in field order; ``None`` when a
    default is made by a factory or is mutable (``model_construct`` then)."""
    found: list[tuple[str, Any]] = []
    for name, field in cls.model_fields.items():
        if field.default_factory is not None:
            return None
        if field.is_required():
            found.append((name, _REQUIRED))
        elif field.default is None or isinstance(field.default, (str, int, float)):
            found.append((name, field.default))
        else:
            return None
    return tuple(found)


def _full_annotation(annotation: Any, metadata: list[Any]) -> Any:
    """The field's type with the validators pydantic moved out of ``Annotated``."""
    kept = tuple(m for m in metadata if not isinstance(m, Attribute))
    return typing.Annotated[(annotation, *kept)] if kept else annotation


@cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def _validator(annotation: Any) -> TypeAdapter[Any]:
    try:
        return _adapter(annotation)
    except TypeError:  # an unhashable annotation: build it each time
        return TypeAdapter(annotation)


# -- reading --------------------------------------------------------------------------


class _Reader:
    """One walk over a data set; ``checking`` only collects the issues (no extras kept)."""

    def __init__(
        self,
        strict: bool,
        encapsulated: bool = False,
        checking: bool = False,
        owned: bool = False,
    ) -> None:
        self.strict = strict
        self.encapsulated = encapsulated
        self.checking = checking
        self.owned = owned
        self.issues: list[Issue] = []

    def issue(self, path: str, tag: int, rule: Rule, message: str, extra: bool = False) -> None:
        self.issues.append(Issue(path, tag, rule, message, extra))

    def read(self, cls: type[M], dataset: Dataset, path: str, depth: int) -> M:
        if depth > MAX_DEPTH:
            raise DicomFormatError(f"{path}: sequences nested deeper than {MAX_DEPTH} levels")
        plan = plan_for(cls)
        values: dict[str, Any] = {}
        extra: list[DataElement] | None = None
        vrs: dict[int, str] = {}
        undefined: set[int] = set()
        refused: set[int] = set()
        for element in _elements(dataset, path):
            field = plan.by_tag.get(element.tag)
            if depth == 0 and element.tag >> 16 == 0x0002:
                self.issue(
                    element.keyword or str(element.tag),
                    element.tag,
                    Rule.VALUE,
                    "a File Meta Information element (group 0002) in the data set (PS3.10 7.1)",
                    True,
                )
            if element.tag in PIXEL_TAGS and not self.encapsulated:
                self._pixel_length(element, dataset, path)
            if field is not None and " or " in element.VR:
                element = make_element(
                    element.tag,
                    resolved_vr(element, dataset),
                    element.value,
                    undefined_length=element.is_undefined_length,
                )
            kept = field is not None and self._take(
                field, element, path, depth, values, vrs, undefined
            )
            if not kept:
                if field is not None:
                    refused.add(element.tag)
                if self.checking:
                    if element.VR == "SQ":
                        _check_depth(element, path, depth)
                    continue
                if extra is None:
                    extra = []
                if element.VR == "SQ":
                    _check_depth(element, path, depth)
                extra.append(element)
        self._absent(plan, values, refused, path)
        if self.checking:  # only the issues are wanted: build no object
            return cast(M, values)
        model = self._construct(cls, plan, values)
        item_undefined = bool(getattr(dataset, "is_undefined_length_sequence_item", False))
        if extra is not None or vrs or undefined or item_undefined or not self.strict:
            if extra is not None:
                extra.sort(key=_tag_of)
            model._dicom = DicomState(
                read_extra=extra,
                read_extra_owned=self.owned,
                vrs=vrs or None,
                undefined_length=frozenset(undefined),
                item_undefined_length=item_undefined,
                lenient=not self.strict,
            )
        return model

    def _absent(
        self, plan: ClassPlan, values: dict[str, Any], refused: set[int], path: str
    ) -> None:
        """An issue for each required field neither read nor refused (a refused one has
        its own issue already)."""
        for field in plan.required:
            if field.name not in values and field.attribute.tag not in refused:
                where = f"{path}.{field.name}" if path else field.name
                kind = f"Type {field.attribute.type}" if field.attribute.type else "required"
                self.issue(where, field.attribute.tag, Rule.ABSENT, f"{kind} attribute is absent")

    @staticmethod
    def _construct(cls: type[M], plan: ClassPlan, values: dict[str, Any]) -> M:
        """The object of the values read; a required field not read is ``None``."""
        fields_set = set(values)
        for field in plan.required:
            values.setdefault(field.name, None)
        return construct(cls, fields_set, values)

    def _take(
        self,
        field: FieldPlan,
        element: DataElement,
        path: str,
        depth: int,
        values: dict[str, Any],
        vrs: dict[int, str],
        undefined: set[int],
    ) -> bool:
        """Put an element's value in ``values``; False leaves the element as extra."""
        where = f"{path}.{field.name}" if path else field.name
        tag = field.attribute.tag
        if element.VR not in field.vrs:
            self.issue(
                where,
                tag,
                Rule.VR,
                f"VR {element.VR} in the data set, {field.attribute.vr} expected",
                True,
            )
            return False
        if isinstance(element.value, BulkDataURI) and not field.vrs & BINARY_VRS:
            return False  # a reference to numbers or text: kept as extra, not a problem
        if element.is_undefined_length:
            undefined.add(tag)
        if field.item_class is not None:
            items = element.value or []
            values[field.name] = [
                self.read(field.item_class, item, f"{where}[{index}]", depth + 1)
                for index, item in enumerate(items)
            ]
            return self._rules(field, values[field.name], where)
        vm = element.VM  # a pydicom property that counts: asked once
        if vm > MAX_VALUES:
            self.issue(where, tag, Rule.VM, f"{vm} values, more than {MAX_VALUES}", True)
            return False
        raw, count = field_input(element, field.multiple, vm)
        if not field.multiple and count > 1:
            problem = field.attribute.vm_problem(count) or f"VM 1 expected, {count} values"
            self.issue(where, tag, Rule.VM, problem, True)
            return False
        try:
            value = _validate(field, raw)
        except ValidationError as error:
            if raw is None:  # a field that cannot be empty: Type 1
                kind = f"Type {field.attribute.type}" if field.attribute.type else "the"
                self.issue(where, tag, Rule.TYPE1_EMPTY, f"{kind} attribute is empty", True)
                return False
            rule, message = _explain(error, raw, field.attribute)
            self.issue(where, tag, rule, message, True)
            return False
        values[field.name] = value
        if len(field.vrs) > 1:
            vrs[tag] = element.VR
        return self._rules(field, value, where)

    def file_meta(self, dataset: Dataset) -> None:
        """The UIDs of the file meta a writer writes back: UI values (PS3.5 9.1)."""
        meta = getattr(dataset, "file_meta", None)
        if meta is None:
            return
        for element in _elements(meta, "file meta"):
            if element.tag not in _META_UIDS or element.VM == 0:
                continue
            try:
                _validator(UI).validate_python(element.value)
            except ValidationError as error:
                message = str(error.errors()[0]["msg"]).removeprefix("Value error, ")
                self.issue(f"(file meta).{element.keyword}", element.tag, Rule.VALUE, message)
                continue
            uid = UID(str(element.value))
            if element.tag == 0x00020010 and not uid.is_private and not uid.is_transfer_syntax:
                message = f"{str(uid)!r} is no Transfer Syntax of PS3.6 Annex A"
                self.issue(f"(file meta).{element.keyword}", element.tag, Rule.VALUE, message)

    def _pixel_length(self, element: DataElement, dataset: Dataset, path: str) -> None:
        problem = native_length_problem(element, dataset)
        if problem is not None:
            name = element.keyword or "PixelData"
            self.issue(f"{path}.{name}" if path else name, element.tag, Rule.LENGTH, problem)

    def _rules(self, field: FieldPlan, value: Any, where: str) -> bool:
        for rule, message in attribute_problems(field.attribute, value):
            self.issue(where, field.attribute.tag, rule, message)
        return True


def _validate(field: FieldPlan, raw: Any) -> Any:
    """A field's value; a CS is compared without its leading and trailing spaces,
    which are not significant (PS3.5 6.2), when it does not fit as it is."""
    validator = _field_validator(field)
    try:
        return validator.validate_python(raw)
    except ValidationError:
        if field.attribute.vr != "CS":
            raise
        trimmed = _trimmed(raw)
        if trimmed == raw:
            raise
        return validator.validate_python(trimmed)


_FIELD_VALIDATORS: dict[int, tuple[FieldPlan, TypeAdapter[Any]]] = {}


def _field_validator(field: FieldPlan) -> TypeAdapter[Any]:
    """:func:`_validator` of a field's annotation, kept per field (hashing an
    ``Annotated`` type on every value costs more than validating it)."""
    known = _FIELD_VALIDATORS.get(id(field))
    if known is not None and known[0] is field:  # the same plan, not a reused id
        return known[1]
    validator = _validator(field.annotation)
    _FIELD_VALIDATORS[id(field)] = (field, validator)
    return validator


def _trimmed(raw: Any) -> Any:
    if isinstance(raw, str):
        return raw.strip(" ")
    if isinstance(raw, list):
        return [item.strip(" ") if isinstance(item, str) else item for item in raw]
    return raw


def _elements(dataset: Dataset, path: str) -> Iterator[DataElement]:
    """The elements of a data set, raw ones converted; pydicom's errors become ours."""
    if not isinstance(dataset, Dataset):
        where = path or "the top level"
        raise DicomFormatError(
            f"{where}: a sequence item must be a pydicom Dataset, not {type(dataset).__name__}"
        )
    for tag in list(dataset.keys()):
        try:
            element = dataset[tag]
        except READ_ERRORS as error:
            where = f"{path} " if path else ""
            raise DicomFormatError(f"{where}element {tag!r} cannot be decoded: {error}") from None
        if not isinstance(element, DataElement):
            raise DicomFormatError(f"{path} {tag!r}: not a data element")
        yield element


def _tag_of(element: DataElement) -> int:
    return int(element.tag)


def _check_depth(element: DataElement, path: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise DicomFormatError(f"{path}: sequences nested deeper than {MAX_DEPTH} levels")
    for item in element.value or []:
        if not isinstance(item, Dataset):
            raise DicomFormatError(f"{path} {element.tag}: a sequence item is not a Dataset")
        for child in _elements(item, path):
            if child.VR == "SQ":
                _check_depth(child, path, depth + 1)


def _explain(error: ValidationError, raw: Any, attribute: Attribute) -> tuple[Rule, str]:
    """A pydantic error of one field as a rule and a message naming the bad value."""
    details = [e for e in error.errors() if e["type"] != "none_required"] or error.errors()
    enum_only = all(e["type"] == "enum" for e in details)
    detail = details[0] if enum_only else next(e for e in details if e["type"] != "enum")
    position = next((f"value {part + 1}: " for part in detail["loc"] if isinstance(part, int)), "")
    if enum_only:
        index = next((part for part in detail["loc"] if isinstance(part, int)), -1)
        allowed = dict(attribute.enumerated)
        values = allowed.get(0) or allowed.get(index + 1)
        expected = ", ".join(values) if values else detail.get("ctx", {}).get("expected", "")
        return (
            Rule.ENUMERATED,
            f"{position}{detail['input']!r} is not an Enumerated Value ({expected})",
        )
    message = str(detail["msg"]).removeprefix("Value error, ")
    if detail["type"] in {"list_type", "missing"}:
        message = f"{message} (got {raw!r:.80})"
    return Rule.VALUE, f"{position}{message}"


def _encapsulated(dataset: Dataset) -> bool:
    """True when the file meta names an encapsulated transfer syntax (PS3.5 A.4)."""
    meta = getattr(dataset, "file_meta", None)
    try:
        syntax = meta.get("TransferSyntaxUID") if meta is not None else None
    except READ_ERRORS:
        return False  # reported by the file meta check
    if not syntax:
        return False
    uid = UID(str(syntax))
    return uid.is_transfer_syntax and uid.is_encapsulated


def value_issues(cls: type[DicomModel], dataset: Dataset) -> list[Issue]:
    """The value rules (VR, VM, Enumerated Values, PS3.5 value rules, presence of the
    model's required fields) a read of ``dataset`` as ``cls`` finds, without building it."""
    reader = _Reader(True, _encapsulated(dataset), checking=True)
    reader.read(cls, dataset, "", 0)
    reader.file_meta(dataset)
    return reader.issues


def dataset_issues(cls: type[DicomModel], dataset: Dataset) -> list[Issue]:
    """What a strict read of ``dataset`` as ``cls`` refuses, without building the object:
    its value issues and the errors of presence and conditions
    (:func:`dicomodel.validation.presence_errors`)."""
    from dicomodel.validation import presence_errors

    return presence_errors(value_issues(cls, dataset), dataset, cls)


def from_dataset(cls: type[M], dataset: Dataset, *, strict: bool = True, owned: bool = False) -> M:
    """The model ``cls`` of a pydicom ``Dataset``; see the module docstring.

    ``owned``: nobody else holds ``dataset`` (a reader built it), so the elements
    kept as extra are never copied.
    """
    if not isinstance(dataset, Dataset):
        raise DicomFormatError(f"expected a pydicom Dataset, not {type(dataset).__name__}")
    from dicomodel.validation import presence_errors

    reader = _Reader(strict, _encapsulated(dataset), owned=owned)
    model = reader.read(cls, dataset, "", 0)
    reader.file_meta(dataset)
    issues = presence_errors(reader.issues, dataset, cls)
    if strict and issues:
        raise DicomValidationError(cls.dicom_name or cls.__name__, issues)
    state = model._dicom_state()
    state.issues = tuple(issues)
    meta = getattr(dataset, "file_meta", None)
    state.file_meta = copy.deepcopy(meta) if meta is not None and len(meta) else None
    encoding = getattr(dataset, "original_encoding", (None, None))
    if None not in encoding:
        state.encoding = (bool(encoding[0]), bool(encoding[1]))
    return model


# -- writing --------------------------------------------------------------------------


def to_dataset(model: DicomModel, *, share_extra: bool = False, check: bool = True) -> Dataset:
    """A pydicom ``Dataset`` of a model; see the module docstring.

    The elements kept in ``dicom_extra`` are copied, so the result is independent of
    the model; ``share_extra`` skips the copies for a caller that only reads the
    result (JSON conversion). Every writer comes here: ``check`` (the default)
    refuses an object that breaks its rules (:func:`dicomodel.serialize.checks.
    check_writable`, :class:`~dicomodel.errors.DicomWriteError`); ``check=False``
    writes it as it is.
    """
    ambiguous: list[bool] = []
    dataset = _write(model, ambiguous, 0, share_extra)
    if ambiguous:
        # What pydicom cannot decide (no Pixel Representation) is settled below.
        with contextlib.suppress(AttributeError, KeyError, TypeError, ValueError, IndexError):
            correct_ambiguous_vr(dataset, True)
        _settle_ambiguous(dataset)
    state = model._dicom
    if state is not None:
        if state.file_meta is not None:
            dataset.file_meta = copy.deepcopy(state.file_meta)  # type: ignore[assignment]
        if state.encoding is not None:
            implicit, little = state.encoding
            dataset.set_original_encoding(implicit, little, None)
    if check:
        from dicomodel.serialize.checks import check_writable

        check_writable(model, dataset)
    return dataset


def _write(model: DicomModel, ambiguous: list[bool], depth: int, share_extra: bool) -> Dataset:
    if depth > MAX_DEPTH:
        raise DicomFormatError(f"sequences nested deeper than {MAX_DEPTH} levels")
    plan = plan_for(type(model))
    state = model._dicom
    vrs = state.vrs if state is not None and state.vrs else {}
    undefined = state.undefined_length if state is not None else frozenset()
    dataset = Dataset()
    fields = model.__dict__
    for name in model.model_fields_set:
        field = plan.by_name.get(name)
        if field is None:
            continue
        tag = field.attribute.tag
        value = fields[name]
        if field.item_class is not None:
            items = [_write(item, ambiguous, depth + 1, share_extra) for item in value or ()]
            element = make_element(tag, "SQ", Sequence(items), undefined_length=tag in undefined)
        else:
            vr = vrs.get(tag) or _vr_of(field, value)
            if " or " in vr:
                ambiguous.append(True)
            element = make_element(
                tag, vr, element_value(value, vr), undefined_length=tag in undefined
            )
        dataset.add(element)
    if state is not None:
        for element in state.extra_elements():
            if element.tag not in dataset:
                if not share_extra and " or " in element.VR:
                    ambiguous.append(True)
                dataset.add(element if share_extra else copy.deepcopy(element))
        if state.item_undefined_length:
            dataset.is_undefined_length_sequence_item = True
    return dataset


def _vr_of(field: FieldPlan, value: Any) -> str:
    """The VR to write: the attribute's, or for a multi-VR one what the value tells."""
    vr = field.attribute.vr
    if len(field.vrs) == 1:
        return vr
    values = value if isinstance(value, list) else [value]
    binary = sorted(field.vrs & BINARY_VRS)
    numbers = sorted(field.vrs - BINARY_VRS)
    if binary and numbers:  # "US or OW": bytes or numbers
        return binary[0] if any(isinstance(v, bytes) for v in values) else numbers[0]
    return vr  # "US or SS", "OB or OW": pydicom decides from the data set


def _settle_ambiguous(dataset: Dataset) -> None:
    """VRs pydicom could not decide: SS for negative values, else the first alternative."""
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value:
                _settle_ambiguous(item)
        elif " or " in element.VR:
            choices = element.VR.split(" or ")
            value = element.value
            values = list(value) if isinstance(value, (list, MultiValue)) else [value]
            negative = any(isinstance(v, int) and v < 0 for v in values)
            element.VR = "SS" if negative and "SS" in choices else choices[0]
