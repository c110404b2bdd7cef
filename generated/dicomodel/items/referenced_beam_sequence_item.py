"""Item class ReferencedBeamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_control_point_sequence_item import (
        ReferencedControlPointSequenceItem as _ReferencedControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedControlPointSequenceItem = Lazy(
        "dicomodel.items.referenced_control_point_sequence_item",
        "ReferencedControlPointSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_control_point_sequence_item import (
        ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem,
    )

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedControlPointSequenceItem",
]


class ReferencedBeamSequenceItem(DicomModel):
    """An item of Referenced Beam Sequence (300C,0004), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. Uniquely identifies Beam specified by Beam Number (300A,00C0) in Beam Sequence (300A,00B0) of RT Beams Module within RT Plan referenced in Referenced RT Plan Sequence (300C,0002) or in Ion Beam Sequence (300A,03A2) of RT Ion Beams Module wi..."""

    ReferencedControlPointSequence: Annotated[
        list[_ReferencedControlPointSequenceItem] | None,
        Attribute(
            0x300C00F2,
            "SQ",
            "1",
            "1C",
            name="Referenced Control Point Sequence",
            when=("value", 0x3004000A, 0, "in", ("CONTROL_POINT",)),
        ),
    ] = None
    """Referenced Control Point Sequence (300C,00F2): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is CONTROL_POINT. Sequence defining the Control Points in current Beam contributing to dose. Required if Dose Summation Type (3004,000A) is CONTROL_POINT. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedControlPointSequenceItem": (
        "dicomodel.items.referenced_control_point_sequence_item",
        "ReferencedControlPointSequenceItem",
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
