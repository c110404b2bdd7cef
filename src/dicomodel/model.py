"""The base of every generated model: pydantic v2, built lazily, DICOM-aware fields.

A generated field carries an :class:`Attribute` in its ``Annotated`` metadata:
tag, VR, VM and Type as PS3.3 gives them. The runtime (serialization,
validation messages, module views) reads them from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

M = TypeVar("M", bound="DicomModel")


@dataclass(frozen=True, slots=True)
class Attribute:
    """What a model field is in DICOM.

    ``type`` is the attribute Type in the table the model was generated from
    (``"1"``, ``"1C"``, ``"2"``, ``"2C"``, ``"3"``); ``enumerated`` the closed
    values per value index (``0`` for every value), checked at run time.
    """

    tag: int
    vr: str
    vm: str
    type: str
    name: str = ""
    enumerated: tuple[tuple[int, tuple[str, ...]], ...] = ()

    @property
    def keyword_tag(self) -> str:
        """``(0010,0010)``."""
        return f"({self.tag >> 16:04X},{self.tag & 0xFFFF:04X})"


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

    @classmethod
    def dicom_attributes(cls) -> dict[str, Attribute]:
        """Field name -> its :class:`Attribute`, in tag order."""
        return _attributes_of(cls)

    @model_validator(mode="after")
    def _check_dicom_rules(self) -> DicomModel:
        problems = [
            problem
            for name, attribute in _checked_attributes(type(self))
            for problem in _problems(name, attribute, getattr(self, name))
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def module(self, module_class: type[M]) -> M:
        """This object's attributes seen through another model (an IOD's module view)."""
        names = module_class.dicom_attributes().keys() & self.model_fields_set
        values: dict[str, Any] = {name: getattr(self, name) for name in names}
        return module_class.model_validate(values)


@cache
def _attributes_of(cls: type[DicomModel]) -> dict[str, Attribute]:
    found: dict[str, Attribute] = {}
    for name, field in cls.model_fields.items():
        attribute = next((m for m in field.metadata if isinstance(m, Attribute)), None)
        if attribute is not None:
            found[name] = attribute
    return dict(sorted(found.items(), key=lambda item: item[1].tag))


@cache
def _checked_attributes(cls: type[DicomModel]) -> tuple[tuple[str, Attribute], ...]:
    """The attributes whose values carry rules beyond their Python type."""
    return tuple(
        (name, attribute)
        for name, attribute in _attributes_of(cls).items()
        if attribute.type == "1" or attribute.enumerated
    )


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, bytes, list, tuple)) and len(value) == 0)


def _problems(name: str, attribute: Attribute, value: Any) -> list[str]:
    where = f"{name} {attribute.keyword_tag}"
    if _is_empty(value):
        return [f"{where}: Type 1 attribute is empty"] if attribute.type == "1" else []
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    problems = []
    for index, allowed in attribute.enumerated:
        chosen = values if index == 0 else values[index - 1 : index]
        for item in chosen:
            text = str(getattr(item, "value", item))
            if text not in allowed:
                position = "" if index == 0 else f" (value {index})"
                problems.append(
                    f"{where}: {text!r}{position} is not an Enumerated Value ({', '.join(allowed)})"
                )
    return problems
