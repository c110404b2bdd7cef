"""X-Ray Isocenter Reference System Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.isocenter_reference_system_sequence_item import (
        IsocenterReferenceSystemSequenceItem as _IsocenterReferenceSystemSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IsocenterReferenceSystemSequenceItem = Lazy(
        "dicomodel.items.isocenter_reference_system_sequence_item",
        "IsocenterReferenceSystemSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.isocenter_reference_system_sequence_item import (
        IsocenterReferenceSystemSequenceItem as IsocenterReferenceSystemSequenceItem,
    )

__all__ = [
    "IsocenterReferenceSystemSequenceItem",
    "XRayIsocenterReferenceSystemMacro",
]


class XRayIsocenterReferenceSystemMacro(DicomModel):
    """X-Ray Isocenter Reference System Macro Attributes (PS3.3 Table C.8.19.6-13)."""

    dicom_name: ClassVar[str] = "X-Ray Isocenter Reference System"
    dicom_table: ClassVar[str] = "table_C.8.19.6-13"

    IsocenterReferenceSystemSequence: Annotated[
        list[_IsocenterReferenceSystemSequenceItem],
        Attribute(0x00189462, "SQ", "1", "1", name="Isocenter Reference System Sequence"),
    ]
    """Isocenter Reference System Sequence (0018,9462): Type 1, VR SQ, VM 1. A Sequence that describes the Isocenter Reference Coordinate System (O, X, Y, Z). Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IsocenterReferenceSystemSequenceItem": (
        "dicomodel.items.isocenter_reference_system_sequence_item",
        "IsocenterReferenceSystemSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
