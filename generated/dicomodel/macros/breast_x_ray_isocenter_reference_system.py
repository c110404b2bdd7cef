"""Breast X-Ray Isocenter Reference System Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system import (
        IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem as _IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem,
    )
else:
    from dicomodel.lazy import Lazy

    _IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem = Lazy(
        "dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system",
        "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem",
    )

if TYPE_CHECKING:
    from dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system import (
        IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem as IsocenterReferenceSystemSequenceItem,
    )

__all__ = [
    "BreastXRayIsocenterReferenceSystemMacro",
    "IsocenterReferenceSystemSequenceItem",
]


class BreastXRayIsocenterReferenceSystemMacro(DicomModel):
    """Breast X-Ray Isocenter Reference System Macro Attributes (PS3.3 Table C.8.31.6-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Isocenter Reference System"
    dicom_table: ClassVar[str] = "table_C.8.31.6-1"

    IsocenterReferenceSystemSequence: Annotated[
        list[_IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem],
        Attribute(0x00189462, "SQ", "1", "1", name="Isocenter Reference System Sequence"),
    ]
    """Isocenter Reference System Sequence (0018,9462): Type 1, VR SQ, VM 1. A Sequence that describes the Isocenter Reference Coordinate System (O, X, Y, Z). Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IsocenterReferenceSystemSequenceItem": (
        "dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system",
        "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem",
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
