"""Item class ReferencedFractionGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_beam_sequence_item import (
        ReferencedBeamSequenceItem as _ReferencedBeamSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item import (
        ReferencedBrachyApplicationSetupSequenceItem as _ReferencedBrachyApplicationSetupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedBeamSequenceItem = Lazy(
        "dicomodel.items.referenced_beam_sequence_item", "ReferencedBeamSequenceItem"
    )
    _ReferencedBrachyApplicationSetupSequenceItem = Lazy(
        "dicomodel.items.referenced_brachy_application_setup_sequence_item",
        "ReferencedBrachyApplicationSetupSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_beam_sequence_item import (
        ReferencedBeamSequenceItem as ReferencedBeamSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item import (
        ReferencedBrachyApplicationSetupSequenceItem as ReferencedBrachyApplicationSetupSequenceItem,
    )
    from dicomodel.items.referenced_control_point_sequence_item import (
        ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem,
    )

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedControlPointSequenceItem",
    "ReferencedFractionGroupSequenceItem",
]


class ReferencedFractionGroupSequenceItem(DicomModel):
    """An item of Referenced Fraction Group Sequence (300C,0020), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced Fraction Group Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS, Attribute(0x300C0022, "IS", "1", "1", name="Referenced Fraction Group Number")
    ]
    """Referenced Fraction Group Number (300C,0022): Type 1, VR IS, VM 1. Uniquely identifies Fraction Group specified by Fraction Group Number (300A,0071) in Fraction Group Sequence of RT Fraction Scheme Module within RT Plan referenced in Referenced RT Plan Sequence (300C,0002)."""

    ReferencedBeamSequence: Annotated[
        list[_ReferencedBeamSequenceItem] | None,
        Attribute(
            0x300C0004,
            "SQ",
            "1",
            "1C",
            name="Referenced Beam Sequence",
            when=("value", 0x3004000A, 0, "in", ("BEAM", "BEAM_SESSION", "CONTROL_POINT")),
        ),
    ] = None
    """Referenced Beam Sequence (300C,0004): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is BEAM, BEAM_SESSION or CONTROL_POINT. Sequence of Beams in current Fraction Group contributing to dose. Required if Dose Summation Type (3004,000A) is BEAM, BEAM_SESSION or CONTROL_POINT. One or more Items shall be included in this Sequence."""

    ReferencedBrachyApplicationSetupSequence: Annotated[
        list[_ReferencedBrachyApplicationSetupSequenceItem] | None,
        Attribute(
            0x300C000A,
            "SQ",
            "1",
            "1C",
            name="Referenced Brachy Application Setup Sequence",
            when=("value", 0x3004000A, 0, "in", ("BRACHY", "BRACHY_SESSION")),
        ),
    ] = None
    """Referenced Brachy Application Setup Sequence (300C,000A): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is BRACHY or BRACHY_SESSION. Sequence of Brachy Application Setups in current Fraction Group contributing to dose. Required if Dose Summation Type (3004,000A) is BRACHY or BRACHY_SESSION. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedBeamSequenceItem": (
        "dicomodel.items.referenced_beam_sequence_item",
        "ReferencedBeamSequenceItem",
    ),
    "ReferencedBrachyApplicationSetupSequenceItem": (
        "dicomodel.items.referenced_brachy_application_setup_sequence_item",
        "ReferencedBrachyApplicationSetupSequenceItem",
    ),
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
