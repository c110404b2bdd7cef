"""Item class IonToleranceTableSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.beam_limiting_device_tolerance_sequence_item import (
        BeamLimitingDeviceToleranceSequenceItem as _BeamLimitingDeviceToleranceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamLimitingDeviceToleranceSequenceItem = Lazy(
        "dicomodel.items.beam_limiting_device_tolerance_sequence_item",
        "BeamLimitingDeviceToleranceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.beam_limiting_device_tolerance_sequence_item import (
        BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
    )

__all__ = [
    "BeamLimitingDeviceToleranceSequenceItem",
    "IonToleranceTableSequenceItem",
    "RTBeamLimitingDeviceType",
]


class IonToleranceTableSequenceItem(DicomModel):
    """An item of Ion Tolerance Table Sequence (300A,03A0), as first defined in RT Ion Tolerance Tables Module Attributes (C.8.8.24-1)."""

    dicom_name: ClassVar[str] = "Ion Tolerance Table Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.24-1"

    ToleranceTableNumber: Annotated[
        vr.IS, Attribute(0x300A0042, "IS", "1", "1", name="Tolerance Table Number")
    ]
    """Tolerance Table Number (300A,0042): Type 1, VR IS, VM 1. Identification number of the Tolerance Table. The value of Tolerance Table Number (300A,0042) shall be unique within the RT Ion Plan in which it is created."""

    ToleranceTableLabel: Annotated[
        vr.SH | None, Attribute(0x300A0043, "SH", "1", "3", name="Tolerance Table Label")
    ] = None
    """Tolerance Table Label (300A,0043): Type 3, VR SH, VM 1. User-defined label for Tolerance Table."""

    GantryAngleTolerance: Annotated[
        vr.DS | None, Attribute(0x300A0044, "DS", "1", "3", name="Gantry Angle Tolerance")
    ] = None
    """Gantry Angle Tolerance (300A,0044): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Gantry Angle."""

    BeamLimitingDeviceAngleTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0046, "DS", "1", "3", name="Beam Limiting Device Angle Tolerance"),
    ] = None
    """Beam Limiting Device Angle Tolerance (300A,0046): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Beam Limiting Device Angle."""

    BeamLimitingDeviceToleranceSequence: Annotated[
        list[_BeamLimitingDeviceToleranceSequenceItem] | None,
        Attribute(0x300A0048, "SQ", "1", "3", name="Beam Limiting Device Tolerance Sequence"),
    ] = None
    """Beam Limiting Device Tolerance Sequence (300A,0048): Type 3, VR SQ, VM 1. Sequence of beam limiting device (collimator) tolerances. One or more Items are permitted in this Sequence."""

    PatientSupportAngleTolerance: Annotated[
        vr.DS | None, Attribute(0x300A004C, "DS", "1", "3", name="Patient Support Angle Tolerance")
    ] = None
    """Patient Support Angle Tolerance (300A,004C): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Patient Support Angle."""

    TableTopVerticalPositionTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0051, "DS", "1", "3", name="Table Top Vertical Position Tolerance"),
    ] = None
    """Table Top Vertical Position Tolerance (300A,0051): Type 3, VR DS, VM 1. Maximum permitted difference (in mm) between planned and delivered Table Top Vertical Position."""

    TableTopLongitudinalPositionTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0052, "DS", "1", "3", name="Table Top Longitudinal Position Tolerance"),
    ] = None
    """Table Top Longitudinal Position Tolerance (300A,0052): Type 3, VR DS, VM 1. Maximum permitted difference (in mm) between planned and delivered Table Top Longitudinal Position."""

    TableTopLateralPositionTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0053, "DS", "1", "3", name="Table Top Lateral Position Tolerance"),
    ] = None
    """Table Top Lateral Position Tolerance (300A,0053): Type 3, VR DS, VM 1. Maximum permitted difference (in mm) between planned and delivered Table Top Lateral Position."""

    TableTopPitchAngleTolerance: Annotated[
        vr.FL | None, Attribute(0x300A004F, "FL", "1", "3", name="Table Top Pitch Angle Tolerance")
    ] = None
    """Table Top Pitch Angle Tolerance (300A,004F): Type 3, VR FL, VM 1. Maximum permitted difference (in degrees) between planned and delivered Table Top Pitch Angle."""

    TableTopRollAngleTolerance: Annotated[
        vr.FL | None, Attribute(0x300A0050, "FL", "1", "3", name="Table Top Roll Angle Tolerance")
    ] = None
    """Table Top Roll Angle Tolerance (300A,0050): Type 3, VR FL, VM 1. Maximum permitted difference (in degrees) between planned and delivered Table Top Roll Angle."""

    SnoutPositionTolerance: Annotated[
        vr.FL | None, Attribute(0x300A004B, "FL", "1", "3", name="Snout Position Tolerance")
    ] = None
    """Snout Position Tolerance (300A,004B): Type 3, VR FL, VM 1. Maximum permitted difference (in mm) between planned and delivered Snout Position."""

    HeadFixationAngleTolerance: Annotated[
        vr.DS | None, Attribute(0x300A0152, "DS", "1", "3", name="Head Fixation Angle Tolerance")
    ] = None
    """Head Fixation Angle Tolerance (300A,0152): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Head Fixation Angle (300A,0148)."""

    ChairHeadFramePositionTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0153, "DS", "1", "3", name="Chair Head Frame Position Tolerance"),
    ] = None
    """Chair Head Frame Position Tolerance (300A,0153): Type 3, VR DS, VM 1. Maximum permitted difference (in mm) between planned and delivered Chair Head Frame Position (300A,0151)."""

    FixationLightAzimuthalAngleTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0154, "DS", "1", "3", name="Fixation Light Azimuthal Angle Tolerance"),
    ] = None
    """Fixation Light Azimuthal Angle Tolerance (300A,0154): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Fixation Light Azimuthal Angle (300A,0356)."""

    FixationLightPolarAngleTolerance: Annotated[
        vr.DS | None,
        Attribute(0x300A0155, "DS", "1", "3", name="Fixation Light Polar Angle Tolerance"),
    ] = None
    """Fixation Light Polar Angle Tolerance (300A,0155): Type 3, VR DS, VM 1. Maximum permitted difference (in degrees) between planned and delivered Fixation Light Polar Angle (300A,0358)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDeviceToleranceSequenceItem": (
        "dicomodel.items.beam_limiting_device_tolerance_sequence_item",
        "BeamLimitingDeviceToleranceSequenceItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
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
