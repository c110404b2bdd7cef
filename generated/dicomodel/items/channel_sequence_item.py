"""Item class ChannelSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as _SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as _SourceMovementTypeTerm,
    )
    from dicomodel.items.brachy_control_point_sequence_item import (
        BrachyControlPointSequenceItem as _BrachyControlPointSequenceItem,
    )
    from dicomodel.items.channel_shield_sequence_item import (
        ChannelShieldSequenceItem as _ChannelShieldSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyControlPointSequenceItem = Lazy(
        "dicomodel.items.brachy_control_point_sequence_item", "BrachyControlPointSequenceItem"
    )
    _ChannelShieldSequenceItem = Lazy(
        "dicomodel.items.channel_shield_sequence_item", "ChannelShieldSequenceItem"
    )
    _SourceApplicatorTypeTerm = Lazy(
        "dicomodel.enums.source_applicator_type", "SourceApplicatorTypeTerm"
    )
    _SourceMovementTypeTerm = Lazy("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.items.brachy_control_point_sequence_item import (
        BrachyControlPointSequenceItem as BrachyControlPointSequenceItem,
    )
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.channel_shield_sequence_item import (
        ChannelShieldSequenceItem as ChannelShieldSequenceItem,
    )

__all__ = [
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]


class ChannelSequenceItem(DicomModel):
    """An item of Channel Sequence (300A,0280), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Channel Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    ChannelNumber: Annotated[vr.IS, Attribute(0x300A0282, "IS", "1", "1", name="Channel Number")]
    """Channel Number (300A,0282): Type 1, VR IS, VM 1. Identification number of the Channel. The value of Channel Number (300A,0282) shall be unique within the Application Setup in which it is created."""

    ChannelLength: Annotated[
        vr.DS | None, Attribute(0x300A0284, "DS", "1", "2", name="Channel Length")
    ]
    """Channel Length (300A,0284): Type 2, VR DS, VM 1. Length of Channel (mm). See Section C.8.8.15.3."""

    ChannelTotalTime: Annotated[
        vr.DS, Attribute(0x300A0286, "DS", "1", "1", name="Channel Total Time")
    ]
    """Channel Total Time (300A,0286): Type 1, VR DS, VM 1. Total amount of time between first and final Control Points of the Brachy Control Point Sequence (300A,02D0) for current Channel (sec)."""

    SourceMovementType: Annotated[
        _SourceMovementTypeTerm | vr.CS,
        Attribute(0x300A0288, "CS", "1", "1", name="Source Movement Type"),
    ]
    """Source Movement Type (300A,0288): Type 1, VR CS, VM 1. Type of Source movement. See Section C.8.8.15.4. Defined Terms: STEPWISE FIXED OSCILLATING UNIDIRECTIONAL"""

    NumberOfPulses: Annotated[
        vr.IS | None,
        Attribute(
            0x300A028A,
            "IS",
            "1",
            "1C",
            name="Number of Pulses",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Number of Pulses (300A,028A): Type 1C, VR IS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Number of Pulses per fraction for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR."""

    PulseRepetitionInterval: Annotated[
        vr.DS | None,
        Attribute(
            0x300A028C,
            "DS",
            "1",
            "1C",
            name="Pulse Repetition Interval",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Pulse Repetition Interval (300A,028C): Type 1C, VR DS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Pulse repetition interval (sec) for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR."""

    SourceApplicatorNumber: Annotated[
        vr.IS | None, Attribute(0x300A0290, "IS", "1", "3", name="Source Applicator Number")
    ] = None
    """Source Applicator Number (300A,0290): Type 3, VR IS, VM 1. Identification number of the Source Applicator. The value of Source Applicator Number (300A,0290) shall be unique within the Channel in which it is created."""

    SourceApplicatorID: Annotated[
        vr.SH | None,
        Attribute(
            0x300A0291, "SH", "1", "2C", name="Source Applicator ID", when=("present", 0x300A0290)
        ),
    ] = None
    """Source Applicator ID (300A,0291): Type 2C, VR SH, VM 1. Required if Source Applicator Number (300A,0290) is present. User or machine supplied identifier for Source Applicator. Required if Source Applicator Number (300A,0290) is present."""

    SourceApplicatorType: Annotated[
        _SourceApplicatorTypeTerm | vr.CS | None,
        Attribute(
            0x300A0292, "CS", "1", "1C", name="Source Applicator Type", when=("present", 0x300A0290)
        ),
    ] = None
    """Source Applicator Type (300A,0292): Type 1C, VR CS, VM 1. Required if Source Applicator Number (300A,0290) is present. Type of Source Applicator. Required if Source Applicator Number (300A,0290) is present. Defined Terms: FLEXIBLE RIGID"""

    SourceApplicatorName: Annotated[
        vr.LO | None, Attribute(0x300A0294, "LO", "1", "3", name="Source Applicator Name")
    ] = None
    """Source Applicator Name (300A,0294): Type 3, VR LO, VM 1. User-defined name for Source Applicator."""

    SourceApplicatorLength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0296,
            "DS",
            "1",
            "1C",
            name="Source Applicator Length",
            when=("present", 0x300A0290),
        ),
    ] = None
    """Source Applicator Length (300A,0296): Type 1C, VR DS, VM 1. Required if Source Applicator Number (300A,0290) is present. Length of Source Applicator (mm), defined as the distance between the connector of the applicator and the distal-most position of the source. Required if Source Applicator Number (300A,0290) is present."""

    SourceApplicatorTipLength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0274,
            "DS",
            "1",
            "2C",
            name="Source Applicator Tip Length",
            when=("present", 0x300A0271),
        ),
    ] = None
    """Source Applicator Tip Length (300A,0274): Type 2C, VR DS, VM 1. Required if Channel Effective Length (300A,0271) is present. Length of Source Applicator Tip (in mm), defined as the distance between the outer tip of the applicator and the center of the distal-most possible position of the source. Required if Channel Effective Length (300A,0271) is present."""

    SourceApplicatorManufacturer: Annotated[
        vr.LO | None, Attribute(0x300A0298, "LO", "1", "3", name="Source Applicator Manufacturer")
    ] = None
    """Source Applicator Manufacturer (300A,0298): Type 3, VR LO, VM 1. Manufacturer of Source Applicator."""

    MaterialID: Annotated[
        vr.SH | None, Attribute(0x300A00E1, "SH", "1", "3", name="Material ID")
    ] = None
    """Material ID (300A,00E1): Type 3, VR SH, VM 1. User-supplied identifier for material of Source Applicator wall. See Note."""

    SourceApplicatorWallNominalThickness: Annotated[
        vr.DS | None,
        Attribute(0x300A029C, "DS", "1", "3", name="Source Applicator Wall Nominal Thickness"),
    ] = None
    """Source Applicator Wall Nominal Thickness (300A,029C): Type 3, VR DS, VM 1. Nominal Thickness of Source Applicator wall (mm). See Section C.8.8.15.12."""

    SourceApplicatorWallNominalTransmission: Annotated[
        vr.DS | None,
        Attribute(0x300A029E, "DS", "1", "3", name="Source Applicator Wall Nominal Transmission"),
    ] = None
    """Source Applicator Wall Nominal Transmission (300A,029E): Type 3, VR DS, VM 1. Nominal Transmission through Source Applicator wall (between 0 and 1). See Section C.8.8.15.12."""

    SourceApplicatorStepSize: Annotated[
        vr.DS | None,
        Attribute(
            0x300A02A0,
            "DS",
            "1",
            "1C",
            name="Source Applicator Step Size",
            when=("value", 0x300A0288, 0, "in", ("STEPWISE",)),
        ),
    ] = None
    """Source Applicator Step Size (300A,02A0): Type 1C, VR DS, VM 1. Required if Source Movement Type (300A,0288) is STEPWISE. Distance of path along channel (in mm) between adjacent (potential) dwell positions. Required if Source Movement Type (300A,0288) is STEPWISE."""

    ApplicatorShapeReferencedROINumber: Annotated[
        vr.IS | None,
        Attribute(0x300A02A1, "IS", "1", "3", name="Applicator Shape Referenced ROI Number"),
    ] = None
    """Applicator Shape Referenced ROI Number (300A,02A1): Type 3, VR IS, VM 1. Uniquely identifies the ROI representing the Applicator shape surrounding the Channel. Defined in Structure Set ROI Sequence (3006,0020) within the RT Structure Set referenced by Referenced RT Structure Set Sequence (300C,0060)."""

    ReferencedROINumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30060084, "IS", "1", "2C", name="Referenced ROI Number", when=("present", 0x300A0290)
        ),
    ] = None
    """Referenced ROI Number (3006,0084): Type 2C, VR IS, VM 1. Required if Source Applicator Number (300A,0290) is present. Uniquely identifies the ROI representing the Channel shape. Specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set referenced by Referenced RT Structure Set Sequence (30..."""

    TransferTubeNumber: Annotated[
        vr.IS | None, Attribute(0x300A02A2, "IS", "1", "2", name="Transfer Tube Number")
    ]
    """Transfer Tube Number (300A,02A2): Type 2, VR IS, VM 1. Identification number of the Transfer Tube. The value of Transfer Tube Number (300A,02A2) shall be unique within the Channel in which it is created."""

    TransferTubeLength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A02A4, "DS", "1", "2C", name="Transfer Tube Length", when=("has_value", 0x300A02A2)
        ),
    ] = None
    """Transfer Tube Length (300A,02A4): Type 2C, VR DS, VM 1. Required if value Transfer Tube Number (300A,02A2) is non-null. Length of Transfer Tube of current afterloading Channel (mm). Required if value Transfer Tube Number (300A,02A2) is non-null."""

    ChannelEffectiveLength: Annotated[
        vr.DS | None, Attribute(0x300A0271, "DS", "1", "3", name="Channel Effective Length")
    ] = None
    """Channel Effective Length (300A,0271): Type 3, VR DS, VM 1. Length of Channel (in mm) defined as the distance between the connector on the afterloader and the center of the distal-most possible position of the source. See Section C.8.8.15.16."""

    ChannelInnerLength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0272, "DS", "1", "2C", name="Channel Inner Length", when=("present", 0x300A0271)
        ),
    ] = None
    """Channel Inner Length (300A,0272): Type 2C, VR DS, VM 1. Required if Channel Effective Length (300A,0271) is present. The total physical inner length of channel (in mm). Specifies the distance between the connector on the afterloader and the end of the channel. Required if Channel Effective Length (300A,0271) is present. See Section C.8.8.15.16.1."""

    AfterloaderChannelID: Annotated[
        vr.SH | None, Attribute(0x300A0273, "SH", "1", "3", name="Afterloader Channel ID")
    ] = None
    """Afterloader Channel ID (300A,0273): Type 3, VR SH, VM 1. Identification of the Channel connection on the afterloader. See Section C.8.8.15.16.2."""

    ChannelShieldSequence: Annotated[
        list[_ChannelShieldSequenceItem] | None,
        Attribute(0x300A02B0, "SQ", "1", "3", name="Channel Shield Sequence"),
    ] = None
    """Channel Shield Sequence (300A,02B0): Type 3, VR SQ, VM 1. Sequence of Channel Shields associated with current Channel. One or more Items are permitted in this Sequence. See Section C.8.8.15.5."""

    ReferencedSourceNumber: Annotated[
        vr.IS, Attribute(0x300C000E, "IS", "1", "1", name="Referenced Source Number")
    ]
    """Referenced Source Number (300C,000E): Type 1, VR IS, VM 1. Uniquely identifies the referenced Source within Source Sequence (300A,0210) for current Application Setup."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points in Channel. For an N-segment Channel there will be 2N (stepwise movement) or N+1 (continuous movement) control points."""

    FinalCumulativeTimeWeight: Annotated[
        vr.DS | None,
        Attribute(
            0x300A02C8,
            "DS",
            "1",
            "1C",
            name="Final Cumulative Time Weight",
            when=(
                "unknown",
                "condition not read: not understood: 'in Control Points specified within Brachy Control Point Sequence (300A,02D0)' (in 'Required if Cumulative Time Weight (300A,02D6) is non-null in Control Points specified within Brachy Control Point Sequence (300A,02D0)')",
            ),
        ),
    ] = None
    """Final Cumulative Time Weight (300A,02C8): Type 1C, VR DS, VM 1. Required if Cumulative Time Weight (300A,02D6) is non-null in Control Points specified within Brachy Control Point Sequence (300A,02D0). Value of Cumulative Time Weight (300A,02D6) for final Control Point in Brachy Control Point Sequence (300A,02D0). Required if Cumulative Time Weight (300A,02D6) is non-null in Control Points specified within Brachy Control Point Sequence (3..."""

    BrachyControlPointSequence: Annotated[
        list[_BrachyControlPointSequenceItem],
        Attribute(0x300A02D0, "SQ", "1", "1", name="Brachy Control Point Sequence"),
    ]
    """Brachy Control Point Sequence (300A,02D0): Type 1, VR SQ, VM 1. Sequence of machine configurations describing this Channel. The number of Items in this Sequence shall equal the value of Number of Control Points (300A,0110). See Section C.8.8.15.7."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyControlPointSequenceItem": (
        "dicomodel.items.brachy_control_point_sequence_item",
        "BrachyControlPointSequenceItem",
    ),
    "BrachyReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
        "BrachyReferencedDoseReferenceSequenceItem",
    ),
    "ChannelShieldSequenceItem": (
        "dicomodel.items.channel_shield_sequence_item",
        "ChannelShieldSequenceItem",
    ),
    "SourceApplicatorTypeTerm": (
        "dicomodel.enums.source_applicator_type",
        "SourceApplicatorTypeTerm",
    ),
    "SourceMovementTypeTerm": ("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
