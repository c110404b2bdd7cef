"""The base of every generated model: pydantic v2, built lazily, DICOM-aware fields.

A generated field carries an :class:`Attribute` in its ``Annotated`` metadata:
tag, VR, VM and Type as PS3.3 gives them. The runtime (serialization,
validation messages, module views) reads them from there.

Presence. A field in ``model_fields_set`` is an attribute of the data set; a
field set to ``None`` is present with an empty value (zero length), which is
how a Type 2 attribute without a value is written. A Type 3 field left at its
default is absent. Writing (:meth:`DicomModel.to_dataset`) follows that rule.

Rules. Beyond the Python type of each value (the VR, see :mod:`dicomodel.vr`),
an object checks the rules the standard states per attribute: a present Type 1
attribute is not empty, Enumerated Values, and the Value Multiplicity. Type 1
and Type 2 attributes of mandatory modules are required fields.

Serialization (pydicom ``Dataset``, DICOM JSON, Native DICOM Model XML, Part 10
files) lives in :mod:`dicomodel.serialize`; the methods here are its entry
points. Attributes a model has no field for are kept, with their values
untouched, in :attr:`DicomModel.dicom_extra`.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sized
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema
from pydicom.multival import MultiValue

from dicomodel.errors import DicomValidationError, Issue, Rule, tag_text
from dicomodel.explain import RulesBrokenError, issues_of

if TYPE_CHECKING:
    from typing import Self

    from pydicom.dataelem import DataElement
    from pydicom.dataset import Dataset

M = TypeVar("M", bound="DicomModel")

_UNIONS = (typing.Union, types.UnionType)
_VM = re.compile(r"^(\d+)(?:-(?:(n)|(\d+)n|(\d+)))?$")
_MISSING = object()


def _validation_error(
    cls: type[DicomModel], error: ValidationError, doing: str
) -> DicomValidationError:
    return DicomValidationError(cls.dicom_name or cls.__name__, issues_of(error, cls), doing=doing)


@dataclass(frozen=True, slots=True)
class Attribute:
    """What a model field is in DICOM.

    ``type`` is the attribute Type in the table the model was generated from
    (``"1"``, ``"1C"``, ``"2"``, ``"2C"``, ``"3"``), or ``None``: no Type, in a
    table without a Type column (the normalized modules of PS3.3 C.2-C.4, whose
    usage PS3.4 gives per service); such a field is optional. ``enumerated`` the closed
    values per value index (``0`` for every value), checked at run time.

    The condition of a 1C or 2C attribute, as :mod:`dicomodel.conditions`
    predicates: ``when`` it is required (``None``: the text was not read),
    ``forbid`` when it shall not be present, and ``otherwise`` what the text says
    of the case the condition is false (``"may"`` be present, ``"shall_not"``,
    or ``""``: not stated).
    """

    tag: int
    vr: str
    vm: str
    type: str | None
    name: str = ""
    enumerated: tuple[tuple[int, tuple[str, ...]], ...] = ()
    when: tuple[Any, ...] | None = None
    forbid: tuple[Any, ...] | None = None
    otherwise: str = ""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        """The field's schema unchanged: pydantic then skips looking for a constraint in
        this metadata, once per field on the first validation of a class (issue 16)."""
        return handler(source)

    @property
    def keyword_tag(self) -> str:
        """``(0010,0010)``."""
        return tag_text(self.tag)

    @property
    def vrs(self) -> tuple[str, ...]:
        """The VRs the attribute may have: ``("US", "SS")`` for ``"US or SS"``."""
        return tuple(self.vr.split(" or "))

    @property
    def multiplicity(self) -> tuple[int, int | None, int]:
        """The VM as ``(least, most or None, step)``: ``"2-2n"`` -> ``(2, None, 2)``."""
        return _multiplicity(self.vm)

    def vm_problem(self, count: int) -> str | None:
        """Why ``count`` values break the VM (``"VM 2 expected, 3 values"``), else ``None``."""
        least, most, step = self.multiplicity
        if count < least or (most is not None and count > most) or count % step:
            plural = "" if count == 1 else "s"
            return f"VM {self.vm} expected, {count} value{plural}"
        return None


class ModuleUsage(NamedTuple):
    """One row of an IOD's module table (PS3.3 A.1.3): the module and its usage.

    ``where`` is the generated module class as ``module.path:ClassName``;
    ``usage`` is ``"M"``, ``"C"`` or ``"U"``; ``when`` the predicate of a C
    module's condition (``None``: not read), ``forbid`` when it shall not be
    present, ``otherwise`` as in :class:`Attribute`; ``condition`` the text.
    """

    name: str
    where: str
    usage: str
    when: tuple[Any, ...] | None = None
    forbid: tuple[Any, ...] | None = None
    otherwise: str = ""
    condition: str = ""


class FunctionalGroupUsage(NamedTuple):
    """One row of an IOD's functional group table: the macro, usage and sharing.

    ``sharing`` is ``"either"``, ``"shared"`` or ``"per-frame"``; the others as
    in :class:`ModuleUsage`.
    """

    name: str
    where: str
    usage: str
    when: tuple[Any, ...] | None = None
    sharing: str = "either"
    otherwise: str = ""
    condition: str = ""


@cache
def _multiplicity(vm: str) -> tuple[int, int | None, int]:
    match = _VM.match(vm.strip())
    if match is None:
        return (0, None, 1)
    least = int(match.group(1))
    if match.group(2):
        return (least, None, 1)
    if match.group(3):
        return (least, None, int(match.group(3)))
    if match.group(4):
        return (least, int(match.group(4)), 1)
    return (least, least, 1)


@dataclass(eq=False, slots=True)
class DicomState:
    """What an object read from DICOM data knows beyond its fields.

    ``extra``: the elements the model has no field for (or whose values a
    non-strict read could not take), a pydicom ``Dataset``. A read keeps them in
    ``read_extra`` instead, in tag order: the data set's own elements, shared with
    it, that :attr:`DicomModel.dicom_extra` turns into ``extra`` on first access
    (copies, unless ``read_extra_owned``: the data set was the reader's own).
    ``vrs``: the VR
    each multi-VR attribute had (``US`` or ``SS``); ``undefined_length``: tags
    of sequences read with undefined length, and ``item_undefined_length`` for
    an item read so, so that writing reproduces the encoding. ``issues``: what a
    non-strict read found; ``lenient``: such an object does not re-check the
    rules on assignment (it may break them). ``file_meta``/``encoding``: the
    Part 10 file meta and ``(implicit VR, little endian)`` of a top-level read.
    """

    extra: Dataset | None = None
    read_extra: list[DataElement] | None = None
    read_extra_owned: bool = False
    vrs: dict[int, str] | None = None
    undefined_length: frozenset[int] = frozenset()
    item_undefined_length: bool = False
    lenient: bool = False
    issues: tuple[Issue, ...] = ()
    file_meta: Dataset | None = None
    encoding: tuple[bool, bool] | None = None

    def extra_elements(self) -> list[DataElement]:
        """The elements kept beside the fields, in tag order, without copying them."""
        if self.extra is not None:
            return list(self.extra)
        return self.read_extra or []


class DicomModel(BaseModel):
    """A DICOM IOD, module, macro or sequence item.

    Classes are built on first use (``defer_build``), so importing a module
    that defines hundreds of them stays cheap.
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        validate_assignment=True,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
        revalidate_instances="never",
    )

    dicom_name: ClassVar[str] = ""
    dicom_table: ClassVar[str] = ""
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = ()
    dicom_functional_groups: ClassVar[tuple[FunctionalGroupUsage, ...]] = ()

    _dicom: DicomState | None = PrivateAttr(default=None)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[BaseModel], handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        """The class's own schema as pydantic builds it (built from the fields
        directly, :mod:`dicomodel.model_schema`, when they are all generated ones); as
        the type of another model's field (a sequence's items), a validator that
        builds this class's schema on first use, so that the first object of an IOD
        does not build the schemas of every item class the IOD can reach."""
        if source is not cls:
            return handler(source)
        if _outer_model(handler) in (None, cls):
            from dicomodel.model_schema import model_schema

            return model_schema(cls, handler) or handler(source)
        return _item_schema(cls)

    @classmethod
    def dicom_attributes(cls) -> dict[str, Attribute]:
        """Field name -> its :class:`Attribute`, in tag order."""
        return _attributes_of(cls)

    @model_validator(mode="before")
    @classmethod
    def _one_value_as_list(cls, data: Any) -> Any:
        """A single value given for an attribute of several (VM ``1-n``) is a list of one."""
        if not isinstance(data, dict):
            return data
        given = cast("dict[str, Any]", data)
        several = _multiple_fields(cls)
        wrap = [k for k, v in given.items() if k in several and not isinstance(v, (list, tuple))]
        if wrap:
            return {**given, **{k: [given[k]] for k in wrap if given[k] is not None}}
        return given

    if not TYPE_CHECKING:  # checkers keep the field-by-field __init__ pydantic declares

        def __init__(self, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as error:
                raise _validation_error(type(self), error, "building") from None
            if type(self).dicom_modules:
                _check_conditions(self)

        @classmethod
        def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().model_validate(obj, *args, **kwargs)
            except ValidationError as error:
                raise _validation_error(cls, error, "building") from None

    if not TYPE_CHECKING:  # checkers then report an assignment to a name the model lacks

        def __setattr__(self, name: str, value: Any) -> None:
            """Validated assignment; one that fails leaves the object exactly as it was."""
            cls = type(self)
            if name not in cls.model_fields:
                super().__setattr__(name, value)
                return
            # A single value for several (pydantic ignores a before-validator's result here).
            if (
                value is not None
                and not isinstance(value, (list, tuple))
                and name in _multiple_fields(cls)
            ):
                value = [value]
            before = self.__dict__.get(name, _MISSING)
            was_set = name in self.model_fields_set
            try:
                super().__setattr__(name, value)
            except ValidationError as error:
                # pydantic sets the value before the model's after-validator runs: undo it.
                if before is _MISSING:
                    self.__dict__.pop(name, None)
                else:
                    self.__dict__[name] = before
                if not was_set:
                    self.__pydantic_fields_set__.discard(name)
                raise _validation_error(cls, error, "assigning to") from None

    @model_validator(mode="after")
    def _check_dicom_rules(self) -> DicomModel:
        state = self._dicom
        if state is not None and state.lenient:
            return self
        present = self.model_fields_set
        problems = [
            Issue(name, attribute.tag, rule, message)
            for name, attribute in _checked_attributes(type(self))
            if name in present
            for rule, message in attribute_problems(attribute, getattr(self, name))
        ]
        if problems:
            raise RulesBrokenError(problems)
        return self

    def __eq__(self, other: object) -> bool:
        """The same DICOM content: class, present attributes and values, extra elements.

        Presence is ``model_fields_set``; a value left in a field that is not
        present does not count, nor do how the values were encoded (sequence
        lengths, the VR chosen for a multi-VR attribute) and the issues of a
        non-strict read.
        """
        if not isinstance(other, BaseModel):
            return NotImplemented
        if type(self) is not type(other):
            return False
        assert isinstance(other, DicomModel)
        present = self.model_fields_set
        if present != other.model_fields_set:
            return False
        mine, theirs = self.__dict__, other.__dict__
        if any(mine[name] != theirs[name] for name in present):
            return False
        return _extra_elements(self) == _extra_elements(other)

    __hash__ = None  # type: ignore[assignment]

    def module(self, module_class: type[M]) -> M:
        """This object's attributes seen through another model (an IOD's module view)."""
        names = module_class.dicom_attributes().keys() & self.model_fields_set
        values: dict[str, Any] = {name: getattr(self, name) for name in names}
        return module_class.model_validate(values)

    @classmethod
    def from_modules(cls: type[M], *modules: DicomModel) -> M:
        """This IOD assembled from module (or macro) instances, as PS3.3 lists them.

        An attribute set by two modules must agree; one the IOD lacks is refused
        (:class:`dicomodel.assembly.AssemblyError`).
        """
        from dicomodel.assembly import assemble

        return assemble(cls, *modules)

    def problems(self, *, transfer_syntax: str | None = None) -> list[Issue]:
        """Every rule this object breaks or cannot be decided, conditions included.

        An IOD is checked as its module and functional group tables say; see
        :func:`dicomodel.validation.validate`. Each issue has a severity:
        ``error``, ``warning`` or ``undecided``.
        """
        from dicomodel.validation import validate

        return validate(self, transfer_syntax=transfer_syntax)

    # -- what a read kept ---------------------------------------------------------

    @property
    def dicom_extra(self) -> Dataset:
        """The elements this model has no field for, as a pydicom ``Dataset``.

        Attributes of other IODs, retired and unknown ones, private elements with
        their Private Creators and, after a non-strict read, elements whose values
        the model could not take: all are written back unchanged by
        :meth:`to_dataset` and :meth:`to_json_dict`. Add elements here to write
        them too (a field of the model wins over an element of the same tag).

        A read shares the elements with the data set it read; they are copied here,
        once, on first access, so changing them never changes that data set.
        """
        state = self._dicom_state()
        if state.extra is None:
            import copy

            from pydicom.dataset import Dataset

            state.extra = Dataset()
            for element in state.read_extra or ():
                state.extra.add(element if state.read_extra_owned else copy.deepcopy(element))
            state.read_extra = None
        return state.extra

    @property
    def dicom_issues(self) -> tuple[Issue, ...]:
        """The problems a non-strict read found in this object and below; ``()`` otherwise."""
        return () if self._dicom is None else self._dicom.issues

    def _dicom_state(self) -> DicomState:
        if self._dicom is None:
            self._dicom = DicomState()
        return self._dicom

    # -- serialization ------------------------------------------------------------

    @classmethod
    def from_dataset(cls: type[M], dataset: Dataset, *, strict: bool = True) -> M:
        """The object a pydicom ``Dataset`` holds.

        ``strict`` (the default) raises :class:`~dicomodel.errors.DicomValidationError`
        listing every problem; ``strict=False`` keeps what breaks the rules
        (values that do not fit a field go to :attr:`dicom_extra` unchanged) and
        lists the problems in :attr:`dicom_issues`.
        """
        from dicomodel.serialize.dataset import from_dataset

        return from_dataset(cls, dataset, strict=strict)

    def to_dataset(self, *, check: bool = True) -> Dataset:
        """This object as a pydicom ``Dataset``: its fields, then :attr:`dicom_extra`.

        Like every writer, it refuses an object that breaks its rules
        (:class:`~dicomodel.errors.DicomWriteError`, see
        :func:`dicomodel.serialize.checks.write_problems`) unless ``check=False``.
        """
        from dicomodel.serialize.dataset import to_dataset

        return to_dataset(self, check=check)

    @classmethod
    def from_json_dict(
        cls: type[M],
        data: Mapping[str, Any],
        *,
        strict: bool = True,
        bulk_data: Callable[[str], bytes] | None = None,
    ) -> M:
        """The object a DICOM JSON object (PS3.18 F.2) holds; see :meth:`from_dataset`.

        ``BulkDataURI`` values are kept as :class:`~dicomodel.serialize.BulkDataURI`
        references unless ``bulk_data`` fetches them (URI -> bytes).
        """
        from dicomodel.serialize.json import json_to_model

        return json_to_model(cls, data, strict=strict, bulk_data=bulk_data)

    def to_json_dict(self, *, check: bool = True) -> dict[str, Any]:
        """This object in the DICOM JSON model (PS3.18 F.2), as Python objects; ``check``
        as for :meth:`to_dataset`.

        Written straight from the fields (:mod:`dicomodel.serialize.model_json`);
        the check reads the ``Dataset`` a writer would write, so with ``check`` that
        ``Dataset`` is built and checked first.
        """
        from dicomodel.serialize.dataset import to_dataset
        from dicomodel.serialize.json import dataset_to_json
        from dicomodel.serialize.model_json import model_to_json

        # With check, the Dataset is built for the check only: the JSON is written from
        # the fields all the same, byte for byte what the Dataset gives.
        dataset = to_dataset(self, share_extra=True, check=True) if check else None
        direct = model_to_json(self)
        if direct is not None:
            return direct
        return dataset_to_json(dataset or to_dataset(self, share_extra=True, check=False))

    @classmethod
    def from_json(cls: type[M], text: str | bytes, *, strict: bool = True) -> M:
        """:meth:`from_json_dict` of JSON text; number literals keep their exact text."""
        from dicomodel.serialize.json import loads

        return cls.from_json_dict(loads(text), strict=strict)

    def to_json(self, *, indent: int | None = None, check: bool = True) -> str:
        """:meth:`to_json_dict` as JSON text; DS and IS numbers keep their original text."""
        from dicomodel.serialize.json import dumps
        from dicomodel.serialize.model_json import model_to_json_text

        if not check:
            direct = model_to_json_text(self, indent)
            if direct is not None:
                return direct
        return dumps(self.to_json_dict(check=check), indent=indent)

    @classmethod
    def from_xml(
        cls,
        text: str | bytes,
        *,
        strict: bool = True,
        bulk_data: Callable[[str], bytes] | None = None,
    ) -> Self:
        """The object a Native DICOM Model document (PS3.19 Annex A) holds; ``strict``
        as for :meth:`from_dataset`, ``bulk_data`` as for :meth:`from_json_dict`."""
        from dicomodel.serialize.xml import xml_to_dataset

        return cls.from_dataset(xml_to_dataset(text, bulk_data=bulk_data), strict=strict)

    def to_xml(
        self,
        *,
        check: bool = True,
        bulk_data: Callable[[DataElement], str | None] | None = None,
    ) -> str:
        """This object as a Native DICOM Model document (PS3.19 Annex A), UTF-8 text.

        ``bulk_data`` gives, for a binary element (OB OD OF OL OV OW UN), the URI to
        write as ``<BulkData uri>``, or ``None`` to write it inline; ``check`` as for
        :meth:`to_dataset`.
        """
        from dicomodel.serialize.dataset import to_dataset
        from dicomodel.serialize.xml import dataset_to_xml

        dataset = to_dataset(self, share_extra=True, check=check)
        return dataset_to_xml(dataset, bulk_data=bulk_data)

    def write_part10(self, path: str | Path, **options: Any) -> None:
        """Write a DICOM Part 10 file; see :func:`dicomodel.serialize.write_part10`."""
        from dicomodel.serialize.part10 import write_part10

        write_part10(self, path, **options)


def _check_conditions(model: DicomModel) -> None:
    """An IOD built by its constructor breaks no decided rule of presence or condition."""
    from dicomodel.errors import DicomValidationError
    from dicomodel.validation import errors_of, validate_dataset

    cls = type(model)
    errors = errors_of(validate_dataset(model.to_dataset(check=False), cls))
    if errors:
        raise DicomValidationError(cls.dicom_name or cls.__name__, errors)


def _outer_model(handler: GetCoreSchemaHandler) -> Any:
    """The model whose schema pydantic is building, or ``None`` (not known: build as usual)."""
    generator = getattr(handler, "_generate_schema", None)
    get = getattr(getattr(generator, "model_type_stack", None), "get", None)
    return get() if callable(get) else None


@cache
def _item_schema(cls: type[DicomModel]) -> CoreSchema:
    """Items of ``cls`` validated by ``cls``'s own validator, built on first use.

    An instance is taken as it is (``revalidate_instances="never"``); the errors
    of anything else keep their locations inside the item.
    """

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        return cls.__pydantic_validator__.validate_python(value)

    return core_schema.no_info_plain_validator_function(validate)


# pydantic evaluates the string annotations of a model's bases for every subclass it
# creates (five compile() calls for each of some 1,700 generated classes): the class
# annotations of DicomModel, evaluated once (issue 16).
DicomModel.__annotations__ = inspect.get_annotations(DicomModel, eval_str=True)


def _extra_elements(model: DicomModel) -> list[Any]:
    state = model._dicom  # pyright: ignore[reportPrivateUsage]
    return [] if state is None else state.extra_elements()


@cache
def _attributes_of(cls: type[DicomModel]) -> dict[str, Attribute]:
    found: list[tuple[int, str, Attribute]] = []
    for name, field in cls.model_fields.items():
        for meta in field.metadata:
            if isinstance(meta, Attribute):
                found.append((meta.tag, name, meta))
                break
    # By tag; two fields of one tag (none are generated) keep their order.
    found.sort(key=_first)
    return {name: attribute for _, name, attribute in found}


def _first(entry: tuple[int, str, Attribute]) -> int:
    return entry[0]


@cache
def _multiple_fields(cls: type[DicomModel]) -> frozenset[str]:
    """The fields typed as lists of values (not sequences of items)."""
    found: set[str] = set()
    fields = cls.model_fields
    for name, attribute in _attributes_of(cls).items():
        if attribute.vr == "SQ":
            continue
        annotation = fields[name].annotation
        origin = typing.get_origin(annotation)
        if origin in _UNIONS:
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                origin = typing.get_origin(args[0])
        if origin is list:
            found.add(name)
    return frozenset(found)


@cache
def _checked_attributes(cls: type[DicomModel]) -> tuple[tuple[str, Attribute], ...]:
    """The attributes whose values carry rules beyond their Python type."""
    return tuple(
        (name, attribute)
        for name, attribute in _attributes_of(cls).items()
        if attribute.type == "1" or attribute.enumerated or _vm_checked(attribute)
    )


def _vm_checked(attribute: Attribute) -> bool:
    return attribute.vr != "SQ" and attribute.multiplicity not in {(1, 1, 1), (1, None, 1)}


def is_empty(value: Any) -> bool:
    """True for a value DICOM writes with zero length: ``None``, ``""``, ``b""``, ``[]``
    (a pydicom ``MultiValue`` too, as a data element holds it).

    A :class:`~dicomodel.serialize.BulkDataURI` is a reference, not empty.
    """
    if value is None:
        return True
    if isinstance(value, (str, bytes, list, tuple, MultiValue)):
        sized = cast("Sized", value)
        return len(sized) == 0 and getattr(sized, "uri", None) is None
    return False


@cache
def _numbers(allowed: tuple[str, ...]) -> frozenset[int]:
    """Enumerated Values of a binary VR as numbers: ``"0001H"`` (hex, as in PS3.3), ``"16"``."""
    found: set[int] = set()
    for text in allowed:
        try:
            found.add(int(text[:-1], 16) if text.upper().endswith("H") else int(text))
        except ValueError:
            continue
    return frozenset(found)


def attribute_problems(attribute: Attribute, value: Any) -> list[tuple[Rule, str]]:
    """The rules a present attribute's value breaks: Type 1 empty, VM, Enumerated Values."""
    if is_empty(value):
        if attribute.type == "1":
            return [(Rule.TYPE1_EMPTY, "Type 1 attribute is empty")]
        return []
    values: list[Any] = (
        list(cast("Iterable[Any]", value)) if isinstance(value, (list, tuple)) else [value]
    )
    problems: list[tuple[Rule, str]] = []
    if attribute.vr != "SQ" and not isinstance(value, (bytes, str)):
        vm_problem = attribute.vm_problem(len(values))
        if vm_problem is not None:
            problems.append((Rule.VM, vm_problem))
    for index, allowed in attribute.enumerated:
        chosen = values if index == 0 else values[index - 1 : index]
        for item in chosen:
            text = str(getattr(item, "value", item))
            number = isinstance(item, int) and not isinstance(item, bool)
            # Leading and trailing spaces of a CS are not significant (PS3.5 6.2, Table 6.2-1).
            if (item in _numbers(allowed)) if number else (text.strip(" ") in allowed):
                continue
            position = "" if index == 0 else f" (value {index})"
            problems.append(
                (
                    Rule.ENUMERATED,
                    f"{text!r}{position} is not an Enumerated Value ({', '.join(allowed)})",
                )
            )
    return problems
