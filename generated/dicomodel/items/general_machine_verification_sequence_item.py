"""Item class GeneralMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.radiation_type import RadiationTypeValue as _RadiationTypeValue
    from dicomodel.items.applicator_sequence_item_rt_general_machine_verification import (
        ApplicatorSequenceItemRTGeneralMachineVerification as _ApplicatorSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification import (
        BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as _BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification import (
        PatientSetupSequenceItemRTGeneralMachineVerification as _PatientSetupSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification import (
        RecordedBlockSequenceItemRTGeneralMachineVerification as _RecordedBlockSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification import (
        RecordedCompensatorSequenceItemRTGeneralMachineVerification as _RecordedCompensatorSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification import (
        RecordedWedgeSequenceItemRTGeneralMachineVerification as _RecordedWedgeSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification import (
        ReferencedBolusSequenceItemRTGeneralMachineVerification as _ReferencedBolusSequenceItemRTGeneralMachineVerification,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.applicator_sequence_item_rt_general_machine_verification",
        "ApplicatorSequenceItemRTGeneralMachineVerification",
    )
    _BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification",
        "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification",
    )
    _PatientSetupSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification",
        "PatientSetupSequenceItemRTGeneralMachineVerification",
    )
    _RadiationTypeValue = Lazy("dicomodel.enums.radiation_type", "RadiationTypeValue")
    _RecordedBlockSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification",
        "RecordedBlockSequenceItemRTGeneralMachineVerification",
    )
    _RecordedCompensatorSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification",
        "RecordedCompensatorSequenceItemRTGeneralMachineVerification",
    )
    _RecordedWedgeSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification",
        "RecordedWedgeSequenceItemRTGeneralMachineVerification",
    )
    _ReferencedBolusSequenceItemRTGeneralMachineVerification = Lazy(
        "dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification",
        "ReferencedBolusSequenceItemRTGeneralMachineVerification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorType as ApplicatorType
    from dicomodel.enums.fixation_device_type import FixationDeviceType as FixationDeviceType
    from dicomodel.enums.radiation_type import RadiationType as RadiationType
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.applicator_sequence_item_rt_general_machine_verification import (
        ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification import (
        BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
        FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
    )
    from dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification import (
        PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification import (
        RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification import (
        RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification import (
        RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification import (
        ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItem,
    )

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorType",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "GeneralMachineVerificationSequenceItem",
    "PatientSetupSequenceItem",
    "RTBeamLimitingDeviceType",
    "RadiationType",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
]


class GeneralMachineVerificationSequenceItem(DicomModel):
    """An item of General Machine Verification Sequence (0074,1042), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "General Machine Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    SpecifiedPrimaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080032, "DS", "1", None, name="Specified Primary Meterset")
    ] = None
    """Specified Primary Meterset (3008,0032): no Type, VR DS, VM 1. Desired machine setting of primary Meterset. The units shall match those specified by Primary Dosimeter Unit (300A,00B3) in the plan specified in the Referenced RT Plan Sequence (300C,0002)."""

    SpecifiedSecondaryMeterset: Annotated[
        vr.DS | None, Attribute(0x30080033, "DS", "1", None, name="Specified Secondary Meterset")
    ] = None
    """Specified Secondary Meterset (3008,0033): no Type, VR DS, VM 1. Desired machine setting of secondary Meterset. The units shall match those specified for Specified Secondary Meterset (3008,0033) in the plan specified in the Referenced RT Plan Sequence (300C,0002)."""

    SpecifiedTreatmentTime: Annotated[
        vr.DS | None, Attribute(0x3008003A, "DS", "1", None, name="Specified Treatment Time")
    ] = None
    """Specified Treatment Time (3008,003A): no Type, VR DS, VM 1. Treatment Time set in seconds."""

    BeamLimitingDeviceLeafPairsSequence: Annotated[
        list[_BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300800A0, "SQ", "1", None, name="Beam Limiting Device Leaf Pairs Sequence"),
    ] = None
    """Beam Limiting Device Leaf Pairs Sequence (3008,00A0): no Type, VR SQ, VM 1. Beam limiting device (collimator) jaw or leaf (element) leaf pair values. One or more Items shall be included in this Sequence."""

    RecordedWedgeSequence: Annotated[
        list[_RecordedWedgeSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300800B0, "SQ", "1", None, name="Recorded Wedge Sequence"),
    ] = None
    """Recorded Wedge Sequence (3008,00B0): no Type, VR SQ, VM 1. Treatment wedges present during delivered Beam. Zero or more Items shall be included in this Sequence."""

    RecordedCompensatorSequence: Annotated[
        list[_RecordedCompensatorSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300800C0, "SQ", "1", None, name="Recorded Compensator Sequence"),
    ] = None
    """Recorded Compensator Sequence (3008,00C0): no Type, VR SQ, VM 1. Treatment compensators associated with current Beam. Zero or more Items shall be included in this Sequence."""

    RecordedBlockSequence: Annotated[
        list[_RecordedBlockSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300800D0, "SQ", "1", None, name="Recorded Block Sequence"),
    ] = None
    """Recorded Block Sequence (3008,00D0): no Type, VR SQ, VM 1. Blocks associated with current Beam. Zero or more Items shall be included in this Sequence."""

    TreatmentMachineName: Annotated[
        vr.SH | None, Attribute(0x300A00B2, "SH", "1", None, name="Treatment Machine Name")
    ] = None
    """Treatment Machine Name (300A,00B2): no Type, VR SH, VM 1. User-defined name identifying treatment machine to be used for beam delivery. See Section C.8.8.25.2."""

    BeamName: Annotated[vr.LO | None, Attribute(0x300A00C2, "LO", "1", None, name="Beam Name")] = (
        None
    )
    """Beam Name (300A,00C2): no Type, VR LO, VM 1. User-defined name for Beam."""

    RadiationType: Annotated[
        _RadiationTypeValue | None,
        Attribute(
            0x300A00C6,
            "CS",
            "1",
            None,
            name="Radiation Type",
            enumerated=((0, ("PHOTON", "ELECTRON", "NEUTRON", "PROTON", "ION")),),
        ),
    ] = None
    """Radiation Type (300A,00C6): no Type, VR CS, VM 1. Particle type of Beam. Enumerated Values: PHOTON ELECTRON NEUTRON PROTON ION"""

    NumberOfWedges: Annotated[
        vr.IS | None, Attribute(0x300A00D0, "IS", "1", None, name="Number of Wedges")
    ] = None
    """Number of Wedges (300A,00D0): no Type, VR IS, VM 1. Number of wedges associated with current Beam."""

    NumberOfCompensators: Annotated[
        vr.IS | None, Attribute(0x300A00E0, "IS", "1", None, name="Number of Compensators")
    ] = None
    """Number of Compensators (300A,00E0): no Type, VR IS, VM 1. Number of compensators associated with current Beam."""

    NumberOfBoli: Annotated[
        vr.IS | None, Attribute(0x300A00ED, "IS", "1", None, name="Number of Boli")
    ] = None
    """Number of Boli (300A,00ED): no Type, VR IS, VM 1. Number of boli used with current Beam."""

    NumberOfBlocks: Annotated[
        vr.IS | None, Attribute(0x300A00F0, "IS", "1", None, name="Number of Blocks")
    ] = None
    """Number of Blocks (300A,00F0): no Type, VR IS, VM 1. Number of shielding blocks or Electron Inserts associated with Beam."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300A0107, "SQ", "1", None, name="Applicator Sequence"),
    ] = None
    """Applicator Sequence (300A,0107): no Type, VR SQ, VM 1. Applicators associated with Beam. Zero or more Items shall be included in this Sequence."""

    NumberOfControlPoints: Annotated[
        vr.IS | None, Attribute(0x300A0110, "IS", "1", None, name="Number of Control Points")
    ] = None
    """Number of Control Points (300A,0110): no Type, VR IS, VM 1. Number of control points in Beam."""

    PatientSetupSequence: Annotated[
        list[_PatientSetupSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300A0180, "SQ", "1", None, name="Patient Setup Sequence"),
    ] = None
    """Patient Setup Sequence (300A,0180): no Type, VR SQ, VM 1. Patient setup data for current plan. One or more Items are permitted in this Sequence."""

    ReferencedBeamNumber: Annotated[
        vr.IS | None, Attribute(0x300C0006, "IS", "1", None, name="Referenced Beam Number")
    ] = None
    """Referenced Beam Number (300C,0006): no Type, VR IS, VM 1. References Beam specified by Beam Number (300A,00C0) in Beam Sequence (300A,00B0) in RT Beams Module of referenced RT Plan or in Ion Beam Sequence (300A,03A2) in RT Ion Beams Module within the referenced RT Ion Plan."""

    ReferencedBolusSequence: Annotated[
        list[_ReferencedBolusSequenceItemRTGeneralMachineVerification] | None,
        Attribute(0x300C00B0, "SQ", "1", None, name="Referenced Bolus Sequence"),
    ] = None
    """Referenced Bolus Sequence (300C,00B0): no Type, VR SQ, VM 1. Boli associated with Beam. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item_rt_general_machine_verification",
        "ApplicatorSequenceItemRTGeneralMachineVerification",
    ),
    "ApplicatorType": ("dicomodel.enums.applicator_type", "ApplicatorType"),
    "BeamLimitingDeviceLeafPairsSequenceItem": (
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification",
        "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification",
    ),
    "FixationDeviceSequenceItem": (
        "dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification",
        "FixationDeviceSequenceItemRTGeneralMachineVerification",
    ),
    "FixationDeviceType": ("dicomodel.enums.fixation_device_type", "FixationDeviceType"),
    "PatientSetupSequenceItem": (
        "dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification",
        "PatientSetupSequenceItemRTGeneralMachineVerification",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RadiationType": ("dicomodel.enums.radiation_type", "RadiationType"),
    "RecordedBlockSequenceItem": (
        "dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification",
        "RecordedBlockSequenceItemRTGeneralMachineVerification",
    ),
    "RecordedCompensatorSequenceItem": (
        "dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification",
        "RecordedCompensatorSequenceItemRTGeneralMachineVerification",
    ),
    "RecordedWedgeSequenceItem": (
        "dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification",
        "RecordedWedgeSequenceItemRTGeneralMachineVerification",
    ),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification",
        "ReferencedBolusSequenceItemRTGeneralMachineVerification",
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
