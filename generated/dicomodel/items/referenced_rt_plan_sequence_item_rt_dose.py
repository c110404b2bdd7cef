"""Item class ReferencedRTPlanSequenceItemRTDose.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_fraction_group_sequence_item import (
        ReferencedFractionGroupSequenceItem as _ReferencedFractionGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedFractionGroupSequenceItem = Lazy(
        "dicomodel.items.referenced_fraction_group_sequence_item",
        "ReferencedFractionGroupSequenceItem",
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
    from dicomodel.items.referenced_fraction_group_sequence_item import (
        ReferencedFractionGroupSequenceItem as ReferencedFractionGroupSequenceItem,
    )

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedControlPointSequenceItem",
    "ReferencedFractionGroupSequenceItem",
    "ReferencedRTPlanSequenceItemRTDose",
]


class ReferencedRTPlanSequenceItemRTDose(DicomModel):
    """An item of Referenced RT Plan Sequence (300C,0002), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced RT Plan Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedPlanOverviewIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300C0118,
            "US",
            "1",
            "1C",
            name="Referenced Plan Overview Index",
            when=("present", 0x300C0116),
        ),
    ] = None
    """Referenced Plan Overview Index (300C,0118): Type 1C, VR US, VM 1. Required if Plan Overview Sequence (300C,0116) is present. The value of Plan Overview Index (300C,0117) from the Plan Overview Sequence (300C,0116) to which this RT Plan corresponds. Shall be unique, i.e., not be duplicated within another Item of this Referenced RT Plan Sequence (300C,0002)."""

    ReferencedFractionGroupSequence: Annotated[
        list[_ReferencedFractionGroupSequenceItem] | None,
        Attribute(
            0x300C0020,
            "SQ",
            "1",
            "1C",
            name="Referenced Fraction Group Sequence",
            when=(
                "value",
                0x3004000A,
                0,
                "in",
                (
                    "FRACTION",
                    "BEAM",
                    "BRACHY",
                    "FRACTION_SESSION",
                    "BEAM_SESSION",
                    "BRACHY_SESSION",
                    "CONTROL_POINT",
                ),
            ),
        ),
    ] = None
    """Referenced Fraction Group Sequence (300C,0020): Type 1C, VR SQ, VM 1. Required if Dose Summation Type (3004,000A) is FRACTION, BEAM, BRACHY, FRACTION_SESSION, BEAM_SESSION, BRACHY_SESSION or CONTROL_POINT. Sequence of one Fraction Group containing beams or brachy application setups contributing to dose. Required if Dose Summation Type (3004,000A) is FRACTION, BEAM, BRACHY, FRACTION_SESSION, BEAM_SESSION, BRACHY_SESSION or CONTROL_POINT."""


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
    "ReferencedFractionGroupSequenceItem": (
        "dicomodel.items.referenced_fraction_group_sequence_item",
        "ReferencedFractionGroupSequenceItem",
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
