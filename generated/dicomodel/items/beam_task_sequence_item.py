"""Item class BeamTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.autosequence_flag import AutosequenceFlagValue as _AutosequenceFlagValue
    from dicomodel.enums.beam_task_type import BeamTaskTypeValue as _BeamTaskTypeValue
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue as _PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeValue as _TreatmentDeliveryTypeValue,
    )
    from dicomodel.items.delivery_verification_image_sequence_item import (
        DeliveryVerificationImageSequenceItem as _DeliveryVerificationImageSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as _DeviceMotionControlSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AutosequenceFlagValue = Lazy("dicomodel.enums.autosequence_flag", "AutosequenceFlagValue")
    _BeamTaskTypeValue = Lazy("dicomodel.enums.beam_task_type", "BeamTaskTypeValue")
    _DeliveryVerificationImageSequenceItem = Lazy(
        "dicomodel.items.delivery_verification_image_sequence_item",
        "DeliveryVerificationImageSequenceItem",
    )
    _DeviceMotionControlSequenceItem = Lazy(
        "dicomodel.items.device_motion_control_sequence_item", "DeviceMotionControlSequenceItem"
    )
    _PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit",
        "PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue",
    )
    _TreatmentDeliveryTypeValue = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.autosequence_flag import AutosequenceFlag as AutosequenceFlag
    from dicomodel.enums.beam_task_type import BeamTaskType as BeamTaskType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.double_exposure_flag import DoubleExposureFlag as DoubleExposureFlag
    from dicomodel.enums.double_exposure_ordering import (
        DoubleExposureOrderingTerm as DoubleExposureOrderingTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTBeamsDeliveryInstruction as PrimaryDosimeterUnit,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryType as TreatmentDeliveryType,
    )
    from dicomodel.enums.verification_image_timing import (
        VerificationImageTiming as VerificationImageTiming,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeviceMotionParameterCodeSequenceItem,
    )
    from dicomodel.items.delivery_verification_image_sequence_item import (
        DeliveryVerificationImageSequenceItem as DeliveryVerificationImageSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem,
    )

__all__ = [
    "AutosequenceFlag",
    "BeamTaskSequenceItem",
    "BeamTaskType",
    "ContextGroupExtensionFlag",
    "DeliveryVerificationImageSequenceItem",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PrimaryDosimeterUnit",
    "RelatedReferenceRTImageSequenceItem",
    "TreatmentDeliveryType",
    "VerificationImageTiming",
]


class BeamTaskSequenceItem(DicomModel):
    """An item of Beam Task Sequence (0074,1020), as first defined in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    dicom_name: ClassVar[str] = "Beam Task Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.29-1"

    BeamTaskType: Annotated[
        _BeamTaskTypeValue,
        Attribute(
            0x00741022,
            "CS",
            "1",
            "1",
            name="Beam Task Type",
            enumerated=((0, ("VERIFY", "TREAT", "VERIFY_AND_TREAT")),),
        ),
    ]
    """Beam Task Type (0074,1022): Type 1, VR CS, VM 1. Whether the beam is used to verify patient position, deliver treatment, or both. Enumerated Values: VERIFY Verification of the patient position TREAT Beam treatment only VERIFY_AND_TREAT Patient position verification and treatment"""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeValue,
        Attribute(
            0x300A00CE,
            "CS",
            "1",
            "1",
            name="Treatment Delivery Type",
            enumerated=((0, ("TREATMENT", "CONTINUATION")),),
        ),
    ]
    """Treatment Delivery Type (300A,00CE): Type 1, VR CS, VM 1. Delivery Type of treatment. Enumerated Values: TREATMENT normal patient treatment CONTINUATION continuation of interrupted treatment"""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue | None,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1C",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "MINUTE", "NP")),),
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Primary Dosimeter Unit (300A,00B3): Type 1C, VR CS, VM 1. Required if Treatment Delivery Type (300A,00CE) is CONTINUATION. Measurement unit of machine dosimeter. Enumerated Values: MU Monitor Unit MINUTE minute NP Number of Particles This value shall be the same as in the referenced RT Plan."""

    ContinuationStartMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740120,
            "FD",
            "1",
            "1C",
            name="Continuation Start Meterset",
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Continuation Start Meterset (0074,0120): Type 1C, VR FD, VM 1. Required if Treatment Delivery Type (300A,00CE) is CONTINUATION. Meterset within Beam referenced by Referenced Beam Number (300C,0006) at which treatment delivery starts, in units specified by Primary Dosimeter Unit (300A,00B3). Required if Treatment Delivery Type (300A,00CE) is CONTINUATION."""

    ContinuationEndMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740121,
            "FD",
            "1",
            "1C",
            name="Continuation End Meterset",
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Continuation End Meterset (0074,0121): Type 1C, VR FD, VM 1. Required if Treatment Delivery Type (300A,00CE) is CONTINUATION. Meterset within Beam referenced by Referenced Beam Number (300C,0006) at which treatment delivery ends, in units specified by Primary Dosimeter Unit (300A,00B3). Required if Treatment Delivery Type (300A,00CE) is CONTINUATION."""

    CurrentFractionNumber: Annotated[
        vr.IS, Attribute(0x30080022, "IS", "1", "1", name="Current Fraction Number")
    ]
    """Current Fraction Number (3008,0022): Type 1, VR IS, VM 1. The index of the fraction that is to be delivered or completed in this session. See Section C.8.8.29.1."""

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0022,
            "IS",
            "1",
            "1C",
            name="Referenced Fraction Group Number",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 1C, VR IS, VM 1. Required if the referenced plan has more than one Fraction Group Sequence (300A,0070) Item. Indicates which fraction group of the referenced plan is to be treated in the treatment session. Only one Fraction Group shall be specified per Delivery Instruction SOP Instance."""

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. Uniquely identifies the Beam that is specified by Beam Number (300A,00C0) within Beam Sequence (300A,00B0) in RT Beams Module of referenced RT Plan or within Ion Beam Sequence (300A,03A2) in RT Ion Beams Module of the referenced RT Ion Plan..."""

    BeamOrderIndex: Annotated[
        vr.UL | None, Attribute(0x00741324, "UL", "1", "3", name="Beam Order Index")
    ] = None
    """Beam Order Index (0074,1324): Type 3, VR UL, VM 1. Identifies required ordering of beam delivery, monotonically increasing by 1, starting from 1. See Section C.8.8.29.5."""

    AutosequenceFlag: Annotated[
        _AutosequenceFlagValue | None,
        Attribute(
            0x00741025, "CS", "1", "3", name="Autosequence Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Autosequence Flag (0074,1025): Type 3, VR CS, VM 1. Enumerated Values: YES The current beam shall be automatically treated following the preceding beam as defined by the Beam Order Index (0074,1324). NO The current beam shall not be auto-sequenced. See Section C.8.8.29.6."""

    TableTopPositionAlignmentUID: Annotated[
        vr.UI | None, Attribute(0x300A0054, "UI", "1", "3", name="Table Top Position Alignment UID")
    ] = None
    """Table Top Position Alignment UID (300A,0054): Type 3, VR UI, VM 1. Identifies the positional alignment of the Table Top for which the values of Table Top Vertical Adjusted Position (0074,1026), Table Top Longitudinal Adjusted Position (0074,1027) and Table Top Lateral Adjusted Position (0074,1028) are appl..."""

    TableTopVerticalAdjustedPosition: Annotated[
        vr.FD | None,
        Attribute(0x00741026, "FD", "1", "2", name="Table Top Vertical Adjusted Position"),
    ]
    """Table Top Vertical Adjusted Position (0074,1026): Type 2, VR FD, VM 1. Adjusted Table Top Vertical position in the IEC TABLE TOP coordinate system in mm for patient setup. See Section C.8.8.29.2."""

    TableTopLongitudinalAdjustedPosition: Annotated[
        vr.FD | None,
        Attribute(0x00741027, "FD", "1", "2", name="Table Top Longitudinal Adjusted Position"),
    ]
    """Table Top Longitudinal Adjusted Position (0074,1027): Type 2, VR FD, VM 1. Adjusted Table Top Longitudinal position in the IEC TABLE TOP coordinate system in mm for patient setup. See Section C.8.8.29.2."""

    TableTopLateralAdjustedPosition: Annotated[
        vr.FD | None,
        Attribute(0x00741028, "FD", "1", "2", name="Table Top Lateral Adjusted Position"),
    ]
    """Table Top Lateral Adjusted Position (0074,1028): Type 2, VR FD, VM 1. Adjusted Table Top Lateral position in the IEC TABLE TOP coordinate system in mm for patient setup. See Section C.8.8.29.2."""

    PatientSupportAdjustedAngle: Annotated[
        vr.FD | None, Attribute(0x0074102A, "FD", "1", "2", name="Patient Support Adjusted Angle")
    ]
    """Patient Support Adjusted Angle (0074,102A): Type 2, VR FD, VM 1. Adjusted Patient Support angle for patient setup, i.e., orientation of the IEC PATIENT SUPPORT coordinate system with respect to the IEC FIXED REFERENCE coordinate system in degrees. See Section C.8.8.29.2."""

    TableTopEccentricAdjustedAngle: Annotated[
        vr.FD | None,
        Attribute(0x0074102B, "FD", "1", "2", name="Table Top Eccentric Adjusted Angle"),
    ]
    """Table Top Eccentric Adjusted Angle (0074,102B): Type 2, VR FD, VM 1. Adjusted Table Top (non-isocentric) angle for patient setup, i.e., orientation of the IEC TABLE TOP ECCENTRIC coordinate system with respect to the IEC PATIENT SUPPORT system in degrees. See Section C.8.8.29.2."""

    TableTopPitchAdjustedAngle: Annotated[
        vr.FD | None, Attribute(0x0074102C, "FD", "1", "2", name="Table Top Pitch Adjusted Angle")
    ]
    """Table Top Pitch Adjusted Angle (0074,102C): Type 2, VR FD, VM 1. Adjusted Table Top Pitch Angle for patient setup, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system in degrees. See Section C.8.8.29.2."""

    TableTopRollAdjustedAngle: Annotated[
        vr.FD | None, Attribute(0x0074102D, "FD", "1", "2", name="Table Top Roll Adjusted Angle")
    ]
    """Table Top Roll Adjusted Angle (0074,102D): Type 2, VR FD, VM 1. Adjusted Table Top Roll Angle for patient setup, i.e., the rotation of the IEC TABLE TOP coordinate system about the Y-axis of the IEC TABLE TOP coordinate system in degrees. See Section C.8.8.29.2."""

    TableTopVerticalSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D2, "DS", "1", "2", name="Table Top Vertical Setup Displacement"),
    ]
    """Table Top Vertical Setup Displacement (300A,01D2): Type 2, VR DS, VM 1. Vertical Displacement in the IEC TABLE TOP coordinate system in mm relative to initial Setup Position, i.e., vertical offset between patient positioning performed using setup and treatment position."""

    TableTopLongitudinalSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D4, "DS", "1", "2", name="Table Top Longitudinal Setup Displacement"),
    ]
    """Table Top Longitudinal Setup Displacement (300A,01D4): Type 2, VR DS, VM 1. Longitudinal Displacement in the IEC TABLE TOP coordinate system in mm relative to initial Setup Position, i.e., longitudinal offset between patient positioning performed using setup and treatment position."""

    TableTopLateralSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D6, "DS", "1", "2", name="Table Top Lateral Setup Displacement"),
    ]
    """Table Top Lateral Setup Displacement (300A,01D6): Type 2, VR DS, VM 1. Lateral Displacement in the IEC TABLE TOP coordinate system in mm relative to initial Setup Position, i.e., lateral offset between patient positioning performed using setup and treatment position."""

    DeviceMotionControlSequence: Annotated[
        list[_DeviceMotionControlSequenceItem] | None,
        Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
    ] = None
    """Device Motion Control Sequence (300A,0450): Type 3, VR SQ, VM 1. Device Motion Control Definitions for each degree of freedom. One or more Items are permitted in this Sequence."""

    DeliveryVerificationImageSequence: Annotated[
        list[_DeliveryVerificationImageSequenceItem] | None,
        Attribute(
            0x00741030,
            "SQ",
            "1",
            "2C",
            name="Delivery Verification Image Sequence",
            when=("value", 0x00741022, 0, "in", ("VERIFY", "VERIFY_AND_TREAT")),
        ),
    ] = None
    """Delivery Verification Image Sequence (0074,1030): Type 2C, VR SQ, VM 1. Required if Beam Task Type (0074,1022) is VERIFY or VERIFY_AND_TREAT. Patient position verification images to be acquired for current beam. Required if Beam Task Type (0074,1022) is VERIFY or VERIFY_AND_TREAT. Zero or one Item shall be included in this Sequence if Beam Task Type (0074,1022) is VERIFY."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AutosequenceFlag": ("dicomodel.enums.autosequence_flag", "AutosequenceFlag"),
    "BeamTaskType": ("dicomodel.enums.beam_task_type", "BeamTaskType"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryVerificationImageSequenceItem": (
        "dicomodel.items.delivery_verification_image_sequence_item",
        "DeliveryVerificationImageSequenceItem",
    ),
    "DeviceMotionControlSequenceItem": (
        "dicomodel.items.device_motion_control_sequence_item",
        "DeviceMotionControlSequenceItem",
    ),
    "DeviceMotionExecutionMode": (
        "dicomodel.enums.device_motion_execution_mode",
        "DeviceMotionExecutionMode",
    ),
    "DeviceMotionObservationMode": (
        "dicomodel.enums.device_motion_observation_mode",
        "DeviceMotionObservationMode",
    ),
    "DeviceMotionParameterCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DoubleExposureFlag": ("dicomodel.enums.double_exposure_flag", "DoubleExposureFlag"),
    "DoubleExposureOrderingTerm": (
        "dicomodel.enums.double_exposure_ordering",
        "DoubleExposureOrderingTerm",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PrimaryDosimeterUnit": (
        "dicomodel.enums.primary_dosimeter_unit",
        "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    ),
    "RelatedReferenceRTImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentDeliveryType": ("dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryType"),
    "VerificationImageTiming": (
        "dicomodel.enums.verification_image_timing",
        "VerificationImageTiming",
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
