"""The base of every generated model: pydantic v2, built lazily, DICOM-aware fields.

A generated field carries an :class:`Attribute` in its ``Annotated`` metadata:
tag, VR, VM and Type as PS3.3 gives them. The runtime (serialization,
validation messages, module views) reads them from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict

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
