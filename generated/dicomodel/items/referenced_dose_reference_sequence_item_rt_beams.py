"""Item class ReferencedDoseReferenceSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.depth_value_averaging_flag import (
        DepthValueAveragingFlagValue as _DepthValueAveragingFlagValue,
    )
    from dicomodel.items.beam_dose_verification_control_point_sequence_item import (
        BeamDoseVerificationControlPointSequenceItem as _BeamDoseVerificationControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamDoseVerificationControlPointSequenceItem = Lazy(
        "dicomodel.items.beam_dose_verification_control_point_sequence_item",
        "BeamDoseVerificationControlPointSequenceItem",
    )
    _DepthValueAveragingFlagValue = Lazy(
        "dicomodel.enums.depth_value_averaging_flag", "DepthValueAveragingFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.depth_value_averaging_flag import (
        DepthValueAveragingFlag as DepthValueAveragingFlag,
    )
    from dicomodel.items.beam_dose_verification_control_point_sequence_item import (
        BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
    )

__all__ = [
    "BeamDoseVerificationControlPointSequenceItem",
    "DepthValueAveragingFlag",
    "ReferencedDoseReferenceSequenceItemRTBeams",
]


class ReferencedDoseReferenceSequenceItemRTBeams(DicomModel):
    """An item of Referenced Dose Reference Sequence (300C,0050), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Referenced Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS, Attribute(0x300C0051, "IS", "1", "1", name="Referenced Dose Reference Number")
    ]
    """Referenced Dose Reference Number (300C,0051): Type 1, VR IS, VM 1. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module."""

    DepthValueAveragingFlag: Annotated[
        _DepthValueAveragingFlagValue | None,
        Attribute(
            0x300A0093,
            "CS",
            "1",
            "1C",
            name="Depth Value Averaging Flag",
            enumerated=((0, ("YES", "NO")),),
            when=(
                "unknown",
                "names no attribute: the referenced beam describes an angular movement and the depth values change during movement",
            ),
        ),
    ] = None
    """Depth Value Averaging Flag (300A,0093): Type 1C, VR CS, VM 1. Required if the referenced beam describes an angular movement and the depth values change during movement. Whether or not the depth values have been averaged. Enumerated Values: YES The values represent average values from the current Verification Control Point to the next NO The values refer to a single location Required if the referenced beam..."""

    BeamDoseVerificationControlPointSequence: Annotated[
        list[_BeamDoseVerificationControlPointSequenceItem],
        Attribute(0x300A008C, "SQ", "1", "1", name="Beam Dose Verification Control Point Sequence"),
    ]
    """Beam Dose Verification Control Point Sequence (300A,008C): Type 1, VR SQ, VM 1. Sequence of Items containing Beam Dose Coordinate Verification Control Points. Two or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamDoseVerificationControlPointSequenceItem": (
        "dicomodel.items.beam_dose_verification_control_point_sequence_item",
        "BeamDoseVerificationControlPointSequenceItem",
    ),
    "DepthValueAveragingFlag": (
        "dicomodel.enums.depth_value_averaging_flag",
        "DepthValueAveragingFlag",
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
