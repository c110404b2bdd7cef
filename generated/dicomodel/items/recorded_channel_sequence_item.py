"""Item class RecordedChannelSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as _SourceMovementTypeTerm,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as _BrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item import (
        PulseSpecificBrachyControlPointDeliveredSequenceItem as _PulseSpecificBrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.recorded_channel_shield_sequence_item import (
        RecordedChannelShieldSequenceItem as _RecordedChannelShieldSequenceItem,
    )
    from dicomodel.items.recorded_source_applicator_sequence_item import (
        RecordedSourceApplicatorSequenceItem as _RecordedSourceApplicatorSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2 import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 as _ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as _ReferencedMeasuredDoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyControlPointDeliveredSequenceItem = Lazy(
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    )
    _PulseSpecificBrachyControlPointDeliveredSequenceItem = Lazy(
        "dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item",
        "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    )
    _RecordedChannelShieldSequenceItem = Lazy(
        "dicomodel.items.recorded_channel_shield_sequence_item", "RecordedChannelShieldSequenceItem"
    )
    _RecordedSourceApplicatorSequenceItem = Lazy(
        "dicomodel.items.recorded_source_applicator_sequence_item",
        "RecordedSourceApplicatorSequenceItem",
    )
    _ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 = Lazy(
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2",
        "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2",
    )
    _ReferencedMeasuredDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
    )
    _SourceMovementTypeTerm = Lazy("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.override_sequence_item_rt_brachy_session_record import (
        OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item import (
        PulseSpecificBrachyControlPointDeliveredSequenceItem as PulseSpecificBrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.recorded_channel_shield_sequence_item import (
        RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem,
    )
    from dicomodel.items.recorded_source_applicator_sequence_item import (
        RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2 import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
    )

__all__ = [
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]


class RecordedChannelSequenceItem(DicomModel):
    """An item of Recorded Channel Sequence (3008,0130), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Recorded Channel Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ChannelNumber: Annotated[vr.IS, Attribute(0x300A0282, "IS", "1", "1", name="Channel Number")]
    """Channel Number (300A,0282): Type 1, VR IS, VM 1. Identification number of the Channel. The value of Channel Number (300A,0282) shall be unique within the Application Setup in which it is created."""

    ReferencedChannelNumber: Annotated[
        vr.IS | None, Attribute(0x00741406, "IS", "1", "3", name="Referenced Channel Number")
    ] = None
    """Referenced Channel Number (0074,1406): Type 3, VR IS, VM 1. The channel to be delivered, specified by the value of Channel Number (300A,0282) in referenced RT Plan."""

    ChannelLength: Annotated[
        vr.DS | None, Attribute(0x300A0284, "DS", "1", "2", name="Channel Length")
    ]
    """Channel Length (300A,0284): Type 2, VR DS, VM 1. Length of Channel (mm). See RT Plan IOD."""

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

    SpecifiedChannelTotalTime: Annotated[
        vr.DS, Attribute(0x30080132, "DS", "1", "1", name="Specified Channel Total Time")
    ]
    """Specified Channel Total Time (3008,0132): Type 1, VR DS, VM 1. Total amount of time in seconds, scaled for the current source delivery strength and other delivery factors, specified to be delivered at the time of treatment between the first Control Point and the final Control Point for the current Chan..."""

    DeliveredChannelTotalTime: Annotated[
        vr.DS, Attribute(0x30080134, "DS", "1", "1", name="Delivered Channel Total Time")
    ]
    """Delivered Channel Total Time (3008,0134): Type 1, VR DS, VM 1. Total amount of time in seconds actually delivered between Control Point 0 and final Control Point of the Brachy Control Point Delivered Sequence (3008,0160) for current Channel."""

    SourceMovementType: Annotated[
        _SourceMovementTypeTerm | vr.CS,
        Attribute(0x300A0288, "CS", "1", "1", name="Source Movement Type"),
    ]
    """Source Movement Type (300A,0288): Type 1, VR CS, VM 1. Type of Source movement. Defined Terms: STEPWISE FIXED OSCILLATING UNIDIRECTIONAL"""

    SpecifiedNumberOfPulses: Annotated[
        vr.IS | None,
        Attribute(
            0x30080136,
            "IS",
            "1",
            "1C",
            name="Specified Number of Pulses",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Specified Number of Pulses (3008,0136): Type 1C, VR IS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Number of Pulses specified per fraction for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR. See Section C.8.8.22.1."""

    DeliveredNumberOfPulses: Annotated[
        vr.IS | None,
        Attribute(
            0x30080138,
            "IS",
            "1",
            "1C",
            name="Delivered Number of Pulses",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Delivered Number of Pulses (3008,0138): Type 1C, VR IS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Number of Pulses actually delivered per fraction for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR. See Section C.8.8.22.1."""

    SpecifiedPulseRepetitionInterval: Annotated[
        vr.DS | None,
        Attribute(
            0x3008013A,
            "DS",
            "1",
            "1C",
            name="Specified Pulse Repetition Interval",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Specified Pulse Repetition Interval (3008,013A): Type 1C, VR DS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Pulse repetition interval (sec) specified for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR. See Section C.8.8.22.1"""

    DeliveredPulseRepetitionInterval: Annotated[
        vr.DS | None,
        Attribute(
            0x3008013C,
            "DS",
            "1",
            "1C",
            name="Delivered Pulse Repetition Interval",
            when=("value", 0x300A0202, 0, "in", ("PDR",)),
        ),
    ] = None
    """Delivered Pulse Repetition Interval (3008,013C): Type 1C, VR DS, VM 1. Required if Brachy Treatment Type (300A,0202) is PDR. Pulse repetition interval (sec) actually delivered for current Channel. Required if Brachy Treatment Type (300A,0202) is PDR. See Section C.8.8.22.1."""

    ReferencedMeasuredDoseReferenceSequence: Annotated[
        list[_ReferencedMeasuredDoseReferenceSequenceItem] | None,
        Attribute(0x30080080, "SQ", "1", "3", name="Referenced Measured Dose Reference Sequence"),
    ] = None
    """Referenced Measured Dose Reference Sequence (3008,0080): Type 3, VR SQ, VM 1. Sequence of doses measured during treatment delivery, summed over entire session. One or more Items are permitted in this Sequence."""

    ReferencedCalculatedDoseReferenceSequence: Annotated[
        list[_ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2] | None,
        Attribute(0x30080090, "SQ", "1", "3", name="Referenced Calculated Dose Reference Sequence"),
    ] = None
    """Referenced Calculated Dose Reference Sequence (3008,0090): Type 3, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items are permitted in this Sequence."""

    RecordedSourceApplicatorSequence: Annotated[
        list[_RecordedSourceApplicatorSequenceItem] | None,
        Attribute(0x30080140, "SQ", "1", "3", name="Recorded Source Applicator Sequence"),
    ] = None
    """Recorded Source Applicator Sequence (3008,0140): Type 3, VR SQ, VM 1. Sequence of recorded Source Applicators. One or more Items are permitted in this Sequence."""

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
    """Transfer Tube Length (300A,02A4): Type 2C, VR DS, VM 1. Required if value Transfer Tube Number (300A,02A2) is not zero length. Length of Transfer Tube of current afterloading Channel (mm). Required if value Transfer Tube Number (300A,02A2) is not zero length."""

    RecordedChannelShieldSequence: Annotated[
        list[_RecordedChannelShieldSequenceItem] | None,
        Attribute(0x30080150, "SQ", "1", "3", name="Recorded Channel Shield Sequence"),
    ] = None
    """Recorded Channel Shield Sequence (3008,0150): Type 3, VR SQ, VM 1. Sequence of Channel Shields associated with current Channel. One or more Items are permitted in this Sequence. See RT Plan IOD for description of Channel Shields."""

    ReferencedSourceNumber: Annotated[
        vr.IS, Attribute(0x300C000E, "IS", "1", "1", name="Referenced Source Number")
    ]
    """Referenced Source Number (300C,000E): Type 1, VR IS, VM 1. Uniquely identifies the referenced Source within the Recorded Source Sequence (3008,0100) for current Application Setup."""

    SafePositionExitDate: Annotated[
        vr.DA | None,
        Attribute(
            0x30080162,
            "DA",
            "1",
            "1C",
            name="Safe Position Exit Date",
            when=(
                "and",
                ("present", 0x30080130),
                ("value", 0x300A0202, 0, "not_in", ("MANUAL", "PDR")),
            ),
        ),
    ] = None
    """Safe Position Exit Date (3008,0162): Type 1C, VR DA, VM 1. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR. Date on which the source(s) exited the safe. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR."""

    SafePositionExitTime: Annotated[
        vr.TM | None,
        Attribute(
            0x30080164,
            "TM",
            "1",
            "1C",
            name="Safe Position Exit Time",
            when=(
                "and",
                ("present", 0x30080130),
                ("value", 0x300A0202, 0, "not_in", ("MANUAL", "PDR")),
            ),
        ),
    ] = None
    """Safe Position Exit Time (3008,0164): Type 1C, VR TM, VM 1. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR. Time on which the source(s) exited the safe. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR."""

    SafePositionReturnDate: Annotated[
        vr.DA | None,
        Attribute(
            0x30080166,
            "DA",
            "1",
            "1C",
            name="Safe Position Return Date",
            when=(
                "and",
                ("present", 0x30080130),
                ("value", 0x300A0202, 0, "not_in", ("MANUAL", "PDR")),
            ),
        ),
    ] = None
    """Safe Position Return Date (3008,0166): Type 1C, VR DA, VM 1. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR. Date on which the source(s) returned to the safe. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR."""

    SafePositionReturnTime: Annotated[
        vr.TM | None,
        Attribute(
            0x30080168,
            "TM",
            "1",
            "1C",
            name="Safe Position Return Time",
            when=(
                "and",
                ("present", 0x30080130),
                ("value", 0x300A0202, 0, "not_in", ("MANUAL", "PDR")),
            ),
        ),
    ] = None
    """Safe Position Return Time (3008,0168): Type 1C, VR TM, VM 1. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR. Time on which the source(s) returned to the safe. Required if Recorded Channel Sequence (3008,0130) is present and Brachy Treatment Type (300A,0202) is not MANUAL or PDR."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points in Channel. For an N-segment Channel there will be 2N (stepwise movement) or N+1 (continuous movement) control points."""

    BrachyControlPointDeliveredSequence: Annotated[
        list[_BrachyControlPointDeliveredSequenceItem],
        Attribute(0x30080160, "SQ", "1", "1", name="Brachy Control Point Delivered Sequence"),
    ]
    """Brachy Control Point Delivered Sequence (3008,0160): Type 1, VR SQ, VM 1. Sequence of machine configurations describing this Channel. The number of Items in this Sequence shall equal the value of Number of Control Points (300A,0110)."""

    PulseSpecificBrachyControlPointDeliveredSequence: Annotated[
        list[_PulseSpecificBrachyControlPointDeliveredSequenceItem] | None,
        Attribute(
            0x30080171,
            "SQ",
            "1",
            "3",
            name="Pulse Specific Brachy Control Point Delivered Sequence",
        ),
    ] = None
    """Pulse Specific Brachy Control Point Delivered Sequence (3008,0171): Type 3, VR SQ, VM 1. Brachy Control Point Delivered Sequence for each PDR treatment pulse. Number of Items in the Sequence shall be equal to the Delivered Number of Pulses (3008,0138)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyControlPointDeliveredSequenceItem": (
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    ),
    "BrachyPulseControlPointDeliveredSequenceItem": (
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_brachy_session_record",
        "OverrideSequenceItemRTBrachySessionRecord",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PulseSpecificBrachyControlPointDeliveredSequenceItem": (
        "dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item",
        "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    ),
    "RecordedChannelShieldSequenceItem": (
        "dicomodel.items.recorded_channel_shield_sequence_item",
        "RecordedChannelShieldSequenceItem",
    ),
    "RecordedSourceApplicatorSequenceItem": (
        "dicomodel.items.recorded_source_applicator_sequence_item",
        "RecordedSourceApplicatorSequenceItem",
    ),
    "ReferencedCalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2",
        "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2",
    ),
    "ReferencedMeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
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
