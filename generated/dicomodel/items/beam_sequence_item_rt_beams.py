"""Item class BeamSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_type import BeamTypeValue as _BeamTypeValue
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlagValue as _EnhancedRTBeamLimitingDeviceDefinitionFlagValue,
    )
    from dicomodel.enums.high_dose_technique_type import (
        HighDoseTechniqueTypeTerm as _HighDoseTechniqueTypeTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitValue as _PrimaryDosimeterUnitValue,
    )
    from dicomodel.enums.radiation_type import RadiationTypeTerm as _RadiationTypeTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTerm as _TreatmentDeliveryTypeTerm,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as _ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item_rt_beams import (
        BeamLimitingDeviceSequenceItemRTBeams as _BeamLimitingDeviceSequenceItemRTBeams,
    )
    from dicomodel.items.block_sequence_item_rt_beams import (
        BlockSequenceItemRTBeams as _BlockSequenceItemRTBeams,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.compensator_sequence_item import (
        CompensatorSequenceItem as _CompensatorSequenceItem,
    )
    from dicomodel.items.control_point_sequence_item import (
        ControlPointSequenceItem as _ControlPointSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as _GeneralAccessorySequenceItem,
    )
    from dicomodel.items.planned_verification_image_sequence_item import (
        PlannedVerificationImageSequenceItem as _PlannedVerificationImageSequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as _PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item import (
        ReferencedBolusSequenceItem as _ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams import (
        ReferencedDoseReferenceSequenceItemRTBeams as _ReferencedDoseReferenceSequenceItemRTBeams,
    )
    from dicomodel.items.referenced_reference_image_sequence_item import (
        ReferencedReferenceImageSequenceItem as _ReferencedReferenceImageSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.wedge_sequence_item import WedgeSequenceItem as _WedgeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItem = Lazy(
        "dicomodel.items.applicator_sequence_item", "ApplicatorSequenceItem"
    )
    _BeamLimitingDeviceSequenceItemRTBeams = Lazy(
        "dicomodel.items.beam_limiting_device_sequence_item_rt_beams",
        "BeamLimitingDeviceSequenceItemRTBeams",
    )
    _BeamTypeValue = Lazy("dicomodel.enums.beam_type", "BeamTypeValue")
    _BlockSequenceItemRTBeams = Lazy(
        "dicomodel.items.block_sequence_item_rt_beams", "BlockSequenceItemRTBeams"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CompensatorSequenceItem = Lazy(
        "dicomodel.items.compensator_sequence_item", "CompensatorSequenceItem"
    )
    _ControlPointSequenceItem = Lazy(
        "dicomodel.items.control_point_sequence_item", "ControlPointSequenceItem"
    )
    _EnhancedRTBeamLimitingDeviceDefinitionFlagValue = Lazy(
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
    )
    _GeneralAccessorySequenceItem = Lazy(
        "dicomodel.items.general_accessory_sequence_item", "GeneralAccessorySequenceItem"
    )
    _HighDoseTechniqueTypeTerm = Lazy(
        "dicomodel.enums.high_dose_technique_type", "HighDoseTechniqueTypeTerm"
    )
    _PlannedVerificationImageSequenceItem = Lazy(
        "dicomodel.items.planned_verification_image_sequence_item",
        "PlannedVerificationImageSequenceItem",
    )
    _PrimaryDosimeterUnitValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnitValue"
    )
    _PrimaryFluenceModeSequenceItem = Lazy(
        "dicomodel.items.primary_fluence_mode_sequence_item", "PrimaryFluenceModeSequenceItem"
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationTypeTerm = Lazy("dicomodel.enums.radiation_type", "RadiationTypeTerm")
    _ReferencedBolusSequenceItem = Lazy(
        "dicomodel.items.referenced_bolus_sequence_item", "ReferencedBolusSequenceItem"
    )
    _ReferencedDoseReferenceSequenceItemRTBeams = Lazy(
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams",
        "ReferencedDoseReferenceSequenceItemRTBeams",
    )
    _ReferencedReferenceImageSequenceItem = Lazy(
        "dicomodel.items.referenced_reference_image_sequence_item",
        "ReferencedReferenceImageSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeliveryTypeTerm = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeTerm"
    )
    _WedgeSequenceItem = Lazy("dicomodel.items.wedge_sequence_item", "WedgeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.beam_type import BeamType as BeamType
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPosition as BlockMountingPosition,
    )
    from dicomodel.enums.block_type import BlockType as BlockType
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_mounting_position import (
        CompensatorMountingPosition as CompensatorMountingPosition,
    )
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as CompensatorTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.depth_value_averaging_flag import (
        DepthValueAveragingFlag as DepthValueAveragingFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.high_dose_technique_type import (
        HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.primary_dosimeter_unit import PrimaryDosimeterUnit as PrimaryDosimeterUnit
    from dicomodel.enums.radiation_type import RadiationTypeTerm as RadiationTypeTerm
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.rt_image_plane import RTImagePlane as RTImagePlane
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirection as TableTopEccentricRotationDirection,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm,
    )
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.enums.wedge_type import WedgeTypeTerm as WedgeTypeTerm
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_dose_verification_control_point_sequence_item import (
        BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item_rt_beams import (
        BeamLimitingDeviceSequenceItemRTBeams as BeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.block_sequence_item_rt_beams import (
        BlockSequenceItemRTBeams as BlockSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem,
    )
    from dicomodel.items.compensator_sequence_item import (
        CompensatorSequenceItem as CompensatorSequenceItem,
    )
    from dicomodel.items.control_point_sequence_item import (
        ControlPointSequenceItem as ControlPointSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.planned_verification_image_sequence_item import (
        PlannedVerificationImageSequenceItem as PlannedVerificationImageSequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item import (
        ReferencedBolusSequenceItem as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams import (
        ReferencedDoseReferenceSequenceItemRTBeams as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_reference_image_sequence_item import (
        ReferencedReferenceImageSequenceItem as ReferencedReferenceImageSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem,
    )
    from dicomodel.items.wedge_sequence_item import WedgeSequenceItem as WedgeSequenceItem

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamDoseVerificationControlPointSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamLimitingDeviceSequenceItem",
    "BeamSequenceItemRTBeams",
    "BeamType",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "CompensatorSequenceItem",
    "CompensatorTypeTerm",
    "ContextGroupExtensionFlag",
    "ControlPointSequenceItem",
    "DefinitionSourceSequenceItem",
    "DepthValueAveragingFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FluenceMode",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "HighDoseTechniqueTypeTerm",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PlannedVerificationImageSequenceItem",
    "PrimaryDosimeterUnit",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTImagePlane",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RadiationTypeTerm",
    "ReferencedBolusSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "UDISequenceItem",
    "WedgePosition",
    "WedgePositionSequenceItem",
    "WedgeSequenceItem",
    "WedgeTypeTerm",
]


class BeamSequenceItemRTBeams(DicomModel):
    """An item of Beam Sequence (300A,00B0), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    BeamNumber: Annotated[vr.IS, Attribute(0x300A00C0, "IS", "1", "1", name="Beam Number")]
    """Beam Number (300A,00C0): Type 1, VR IS, VM 1. Identification number of the Beam. The value of Beam Number (300A,00C0) shall be unique within the RT Plan in which it is created. See Note 1."""

    BeamName: Annotated[vr.LO | None, Attribute(0x300A00C2, "LO", "1", "3", name="Beam Name")] = (
        None
    )
    """Beam Name (300A,00C2): Type 3, VR LO, VM 1. User-defined name for Beam. See Note 1."""

    EntityLongLabel: Annotated[
        vr.LO | None, Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label")
    ] = None
    """Entity Long Label (3010,0038): Type 3, VR LO, VM 1. User-defined label for this Beam. See Note 1."""

    BeamDescription: Annotated[
        vr.ST | None, Attribute(0x300A00C3, "ST", "1", "3", name="Beam Description")
    ] = None
    """Beam Description (300A,00C3): Type 3, VR ST, VM 1. User-defined description for Beam. See Note 1."""

    DefinitionSourceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the Beam information. Only a single Item is permitted in this Sequence. See Section C.8.8.14.19 and Section C.8.8.13.2."""

    BeamType: Annotated[
        _BeamTypeValue,
        Attribute(
            0x300A00C4, "CS", "1", "1", name="Beam Type", enumerated=((0, ("STATIC", "DYNAMIC")),)
        ),
    ]
    """Beam Type (300A,00C4): Type 1, VR CS, VM 1. Motion characteristic of Beam. See Note 5. Enumerated Values: STATIC All Control Point Sequence (300A,0111) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""

    RadiationType: Annotated[
        _RadiationTypeTerm | vr.CS | None,
        Attribute(0x300A00C6, "CS", "1", "2", name="Radiation Type"),
    ]
    """Radiation Type (300A,00C6): Type 2, VR CS, VM 1. Particle type of Beam. Defined Terms: PHOTON ELECTRON NEUTRON PROTON"""

    PrimaryFluenceModeSequence: Annotated[
        list[_PrimaryFluenceModeSequenceItem] | None,
        Attribute(0x30020050, "SQ", "1", "3", name="Primary Fluence Mode Sequence"),
    ] = None
    """Primary Fluence Mode Sequence (3002,0050): Type 3, VR SQ, VM 1. Sequence defining whether the primary fluence of the treatment beam uses a non-standard fluence-shaping. Only a single Item is permitted in this Sequence."""

    HighDoseTechniqueType: Annotated[
        _HighDoseTechniqueTypeTerm | vr.CS | None,
        Attribute(
            0x300A00C7,
            "CS",
            "1",
            "1C",
            name="High-Dose Technique Type",
            when=(
                "unknown",
                "names no attribute: treatment technique requires a dose that would normally require overriding of treatment machine safety controls",
            ),
        ),
    ] = None
    """High-Dose Technique Type (300A,00C7): Type 1C, VR CS, VM 1. Required if treatment technique requires a dose that would normally require overriding of treatment machine safety controls. Type of high-dose treatment technique. Defined Terms: TBI Total Body Irradiation HDR High Dose Rate Required if treatment technique requires a dose that would normally require overriding of treatment machine safety controls."""

    RTTreatmentTechniqueCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100080, "SQ", "1", "3", name="RT Treatment Technique Code Sequence"),
    ] = None
    """RT Treatment Technique Code Sequence (3010,0080): Type 3, VR SQ, VM 1. Type of treatment technique. Only a single Item shall be included in this Sequence."""

    TreatmentMachineName: Annotated[
        vr.SH | None, Attribute(0x300A00B2, "SH", "1", "2", name="Treatment Machine Name")
    ]
    """Treatment Machine Name (300A,00B2): Type 2, VR SH, VM 1. User-defined name identifying treatment machine to be used for beam delivery. See Note 2."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "3", name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): Type 3, VR LO, VM 1. Manufacturer of the equipment to be used for beam delivery."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "3", name="Institution Name")
    ] = None
    """Institution Name (0008,0080): Type 3, VR LO, VM 1. Institution where the equipment is located that is to be used for beam delivery."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution where the equipment is located that is to be used for beam delivery."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution where the equipment is located that is to be used for beam delivery."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. Only a single Item is permitted in this Sequence."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 3, VR LO, VM 1. Manufacturer's model name of the equipment that is to be used for beam delivery."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type 3, VR LO, VM 1. Manufacturer's serial number of the equipment that is to be used for beam delivery."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that is to be used for beam delivery was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that is to be used for beam delivery was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitValue | None,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "3",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "MINUTE")),),
        ),
    ] = None
    """Primary Dosimeter Unit (300A,00B3): Type 3, VR CS, VM 1. Measurement unit of machine dosimeter. See Section C.8.8.14.1. Enumerated Values: MU Monitor Unit MINUTE minute"""

    TableTopPositionAlignmentUID: Annotated[
        vr.UI | None, Attribute(0x300A0054, "UI", "1", "3", name="Table Top Position Alignment UID")
    ] = None
    """Table Top Position Alignment UID (300A,0054): Type 3, VR UI, VM 1. Identifies the positional alignment of the Table Top for which the values of Table Top Vertical Position (300A,0128), Table Top Longitudinal Position (300A,0129) and Table Top Lateral Position (300A,012A) in the Control Point Sequence (300A..."""

    ReferencedToleranceTableNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C00A0, "IS", "1", "3", name="Referenced Tolerance Table Number"),
    ] = None
    """Referenced Tolerance Table Number (300C,00A0): Type 3, VR IS, VM 1. Uniquely identifies Tolerance Table specified by Tolerance Table Number (300A,0042) within Tolerance Table Sequence in RT Tolerance Tables Module. These tolerances are to be used for verification of treatment machine settings."""

    SourceAxisDistance: Annotated[
        vr.DS | None, Attribute(0x300A00B4, "DS", "1", "3", name="Source-Axis Distance")
    ] = None
    """Source-Axis Distance (300A,00B4): Type 3, VR DS, VM 1. Radiation source to Gantry rotation axis distance of the equipment that is to be used for beam delivery (mm)."""

    EnhancedRTBeamLimitingDeviceDefinitionFlag: Annotated[
        _EnhancedRTBeamLimitingDeviceDefinitionFlagValue | None,
        Attribute(
            0x300800A3,
            "CS",
            "1",
            "3",
            name="Enhanced RT Beam Limiting Device Definition Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Definition Flag (3008,00A3): Type 3, VR CS, VM 1. Whether the RT Beam Limiting Devices are specified by the Enhanced RT Beam Limiting Device Sequence (3008,00A1). Enumerated Values: YES NO"""

    BeamLimitingDeviceSequence: Annotated[
        list[_BeamLimitingDeviceSequenceItemRTBeams] | None,
        Attribute(
            0x300A00B6,
            "SQ",
            "1",
            "1C",
            name="Beam Limiting Device Sequence",
            when=(
                "or",
                ("not", ("present", 0x300800A3)),
                ("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("NO",))),
            ),
        ),
    ] = None
    """Beam Limiting Device Sequence (300A,00B6): Type 1C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present and has the value NO. Sequence of beam limiting device (collimator) jaw or leaf (element) sets. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, or is present and has the value NO."""

    EnhancedRTBeamLimitingDeviceSequence: Annotated[
        list[_RTBeamLimitingDeviceDefinitionItem] | None,
        Attribute(
            0x300800A1,
            "SQ",
            "1",
            "1C",
            name="Enhanced RT Beam Limiting Device Sequence",
            when=("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",))),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Sequence (3008,00A1): Type 1C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Enhanced RT Beam Limiting Device Descriptions. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. One or more Items shall be included in this Sequence."""

    ReferencedPatientSetupNumber: Annotated[
        vr.IS | None, Attribute(0x300C006A, "IS", "1", "3", name="Referenced Patient Setup Number")
    ] = None
    """Referenced Patient Setup Number (300C,006A): Type 3, VR IS, VM 1. Uniquely identifies Patient Setup to be used for current beam, specified by Patient Setup Number (300A,0182) within Patient Setup Sequence of RT Patient Setup Module."""

    ReferencedReferenceImageSequence: Annotated[
        list[_ReferencedReferenceImageSequenceItem] | None,
        Attribute(0x300C0042, "SQ", "1", "3", name="Referenced Reference Image Sequence"),
    ] = None
    """Referenced Reference Image Sequence (300C,0042): Type 3, VR SQ, VM 1. Reference images used for validation of current beam. One or more Items are permitted in this Sequence."""

    PlannedVerificationImageSequence: Annotated[
        list[_PlannedVerificationImageSequenceItem] | None,
        Attribute(0x300A00CA, "SQ", "1", "3", name="Planned Verification Image Sequence"),
    ] = None
    """Planned Verification Image Sequence (300A,00CA): Type 3, VR SQ, VM 1. Sequence of planned verification images to be acquired during current beam. One or more Items are permitted in this Sequence. See Section C.8.8.14.2."""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeTerm | vr.CS | None,
        Attribute(0x300A00CE, "CS", "1", "3", name="Treatment Delivery Type"),
    ] = None
    """Treatment Delivery Type (300A,00CE): Type 3, VR CS, VM 1. Delivery Type of treatment. Defined Terms: TREATMENT normal patient treatment OPEN_PORTFILM portal image acquisition with open field TRMT_PORTFILM portal image acquisition with treatment port CONTINUATION continuation of interrupted treatme..."""

    ReferencedDoseSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0080, "SQ", "1", "3", name="Referenced Dose Sequence"),
    ] = None
    """Referenced Dose Sequence (300C,0080): Type 3, VR SQ, VM 1. Related Instances of RT Dose (for grids, isodose curves, and named/unnamed point doses). One or more Items are permitted in this Sequence."""

    NumberOfWedges: Annotated[vr.IS, Attribute(0x300A00D0, "IS", "1", "1", name="Number of Wedges")]
    """Number of Wedges (300A,00D0): Type 1, VR IS, VM 1. Number of wedges associated with current Beam."""

    WedgeSequence: Annotated[
        list[_WedgeSequenceItem] | None,
        Attribute(
            0x300A00D1,
            "SQ",
            "1",
            "1C",
            name="Wedge Sequence",
            when=("compare", 0x300A00D0, 1, "!=", 0),
        ),
    ] = None
    """Wedge Sequence (300A,00D1): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is non-zero. Sequence of treatment wedges. Required if Number of Wedges (300A,00D0) is non-zero. One or more Items shall be included in this Sequence."""

    NumberOfCompensators: Annotated[
        vr.IS, Attribute(0x300A00E0, "IS", "1", "1", name="Number of Compensators")
    ]
    """Number of Compensators (300A,00E0): Type 1, VR IS, VM 1. Number of compensators associated with current Beam."""

    TotalCompensatorTrayFactor: Annotated[
        vr.DS | None, Attribute(0x300A00E2, "DS", "1", "3", name="Total Compensator Tray Factor")
    ] = None
    """Total Compensator Tray Factor (300A,00E2): Type 3, VR DS, VM 1. Compensator Tray transmission factor (between 0 and 1), at the beam energy specified by the Nominal Beam Energy (300A,0114) of the first Control Point of the Control Point Sequence (300A,0111)."""

    CompensatorSequence: Annotated[
        list[_CompensatorSequenceItem] | None,
        Attribute(
            0x300A00E3,
            "SQ",
            "1",
            "1C",
            name="Compensator Sequence",
            when=("compare", 0x300A00E0, 1, "!=", 0),
        ),
    ] = None
    """Compensator Sequence (300A,00E3): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is non-zero. Sequence of treatment compensators. One or more Items shall be included in this Sequence. Required if Number of Compensators (300A,00E0) is non-zero."""

    NumberOfBoli: Annotated[vr.IS, Attribute(0x300A00ED, "IS", "1", "1", name="Number of Boli")]
    """Number of Boli (300A,00ED): Type 1, VR IS, VM 1. Number of boli associated with current Beam."""

    ReferencedBolusSequence: Annotated[
        list[_ReferencedBolusSequenceItem] | None,
        Attribute(
            0x300C00B0,
            "SQ",
            "1",
            "1C",
            name="Referenced Bolus Sequence",
            when=("compare", 0x300A00ED, 1, "!=", 0),
        ),
    ] = None
    """Referenced Bolus Sequence (300C,00B0): Type 1C, VR SQ, VM 1. Required if Number of Boli (300A,00ED) is non-zero. Sequence of boli associated with Beam. Required if Number of Boli (300A,00ED) is non-zero. One or more Items shall be included in this Sequence."""

    NumberOfBlocks: Annotated[vr.IS, Attribute(0x300A00F0, "IS", "1", "1", name="Number of Blocks")]
    """Number of Blocks (300A,00F0): Type 1, VR IS, VM 1. Number of shielding blocks associated with Beam."""

    TotalBlockTrayFactor: Annotated[
        vr.DS | None, Attribute(0x300A00F2, "DS", "1", "3", name="Total Block Tray Factor")
    ] = None
    """Total Block Tray Factor (300A,00F2): Type 3, VR DS, VM 1. Total block tray transmission for all block trays (between 0 and 1) at the beam energy specified by the Nominal Beam Energy (300A,0114) of the first Control Point of the Control Point Sequence (300A,0111)."""

    BlockSequence: Annotated[
        list[_BlockSequenceItemRTBeams] | None,
        Attribute(
            0x300A00F4,
            "SQ",
            "1",
            "1C",
            name="Block Sequence",
            when=("compare", 0x300A00F0, 1, "!=", 0),
        ),
    ] = None
    """Block Sequence (300A,00F4): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is non-zero. Sequence of blocks associated with Beam. One or more Items shall be included in this Sequence. Required if Number of Blocks (300A,00F0) is non-zero."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItem] | None,
        Attribute(0x300A0107, "SQ", "1", "3", name="Applicator Sequence"),
    ] = None
    """Applicator Sequence (300A,0107): Type 3, VR SQ, VM 1. Sequence of Applicators associated with Beam. Only a single Item is permitted in this Sequence."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItem] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. A Sequence of General Accessories associated with this Beam. One or more Items are permitted in this Sequence."""

    ReferencedDoseReferenceSequence: Annotated[
        list[_ReferencedDoseReferenceSequenceItemRTBeams] | None,
        Attribute(0x300C0050, "SQ", "1", "3", name="Referenced Dose Reference Sequence"),
    ] = None
    """Referenced Dose Reference Sequence (300C,0050): Type 3, VR SQ, VM 1. A Sequence of Dose References for which verification control points are defined. One or more Items are permitted in this Sequence."""

    FinalCumulativeMetersetWeight: Annotated[
        vr.DS | None,
        Attribute(
            0x300A010E,
            "DS",
            "1",
            "1C",
            name="Final Cumulative Meterset Weight",
            when=(
                "unknown",
                "condition not read: not understood: 'in Control Points specified within Control Point Sequence (300A,0111)' (in 'Required if Cumulative Meterset Weight is non-null in Control Points specified within Control Point Sequence (300A,0111)')",
            ),
        ),
    ] = None
    """Final Cumulative Meterset Weight (300A,010E): Type 1C, VR DS, VM 1. Required if Cumulative Meterset Weight is non-null in Control Points specified within Control Point Sequence (300A,0111). Value of Cumulative Meterset Weight (300A,0134) for final Control Point in Control Point Sequence (300A,0111). Required if Cumulative Meterset Weight is non-null in Control Points specified within Control Point Sequence (300A,0111)."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points in Beam. Value shall be greater than or equal to 2."""

    ControlPointSequence: Annotated[
        list[_ControlPointSequenceItem],
        Attribute(0x300A0111, "SQ", "1", "1", name="Control Point Sequence"),
    ]
    """Control Point Sequence (300A,0111): Type 1, VR SQ, VM 1. Sequence of machine configurations describing treatment beam. The number of Items in this Sequence shall equal the value of Number of Control Points (300A,0110). See Section C.8.8.14.5 and Section C.8.8.14.6."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
    ),
    "ApplicatorGeometrySequenceItem": (
        "dicomodel.items.applicator_geometry_sequence_item",
        "ApplicatorGeometrySequenceItem",
    ),
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item",
        "ApplicatorSequenceItem",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTerm"),
    "BeamDoseVerificationControlPointSequenceItem": (
        "dicomodel.items.beam_dose_verification_control_point_sequence_item",
        "BeamDoseVerificationControlPointSequenceItem",
    ),
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "BeamLimitingDeviceSequenceItem": (
        "dicomodel.items.beam_limiting_device_sequence_item_rt_beams",
        "BeamLimitingDeviceSequenceItemRTBeams",
    ),
    "BeamType": ("dicomodel.enums.beam_type", "BeamType"),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockMountingPosition": ("dicomodel.enums.block_mounting_position", "BlockMountingPosition"),
    "BlockSequenceItem": (
        "dicomodel.items.block_sequence_item_rt_beams",
        "BlockSequenceItemRTBeams",
    ),
    "BlockType": ("dicomodel.enums.block_type", "BlockType"),
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMountingPosition": (
        "dicomodel.enums.compensator_mounting_position",
        "CompensatorMountingPosition",
    ),
    "CompensatorSequenceItem": (
        "dicomodel.items.compensator_sequence_item",
        "CompensatorSequenceItem",
    ),
    "CompensatorTypeTerm": ("dicomodel.enums.compensator_type", "CompensatorTypeTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ControlPointSequenceItem": (
        "dicomodel.items.control_point_sequence_item",
        "ControlPointSequenceItem",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "DepthValueAveragingFlag": (
        "dicomodel.enums.depth_value_averaging_flag",
        "DepthValueAveragingFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnhancedRTBeamLimitingDeviceDefinitionFlag": (
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    ),
    "EnhancedRTBeamLimitingDeviceSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "FluenceMode": ("dicomodel.enums.fluence_mode", "FluenceMode"),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item",
        "GeneralAccessorySequenceItem",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
    ),
    "HighDoseTechniqueTypeTerm": (
        "dicomodel.enums.high_dose_technique_type",
        "HighDoseTechniqueTypeTerm",
    ),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParallelRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item",
        "ParallelRTBeamDelimiterDeviceSequenceItem",
    ),
    "ParallelRTBeamDelimiterOpeningMode": (
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningMode",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "PlannedVerificationImageSequenceItem": (
        "dicomodel.items.planned_verification_image_sequence_item",
        "PlannedVerificationImageSequenceItem",
    ),
    "PrimaryDosimeterUnit": ("dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnit"),
    "PrimaryFluenceModeSequenceItem": (
        "dicomodel.items.primary_fluence_mode_sequence_item",
        "PrimaryFluenceModeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RTImagePlane": ("dicomodel.enums.rt_image_plane", "RTImagePlane"),
    "RTTreatmentTechniqueCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationTypeTerm": ("dicomodel.enums.radiation_type", "RadiationTypeTerm"),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item",
        "ReferencedBolusSequenceItem",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams",
        "ReferencedDoseReferenceSequenceItemRTBeams",
    ),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedReferenceImageSequenceItem": (
        "dicomodel.items.referenced_reference_image_sequence_item",
        "ReferencedReferenceImageSequenceItem",
    ),
    "TableTopEccentricRotationDirection": (
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirection",
    ),
    "TableTopPitchRotationDirection": (
        "dicomodel.enums.table_top_pitch_rotation_direction",
        "TableTopPitchRotationDirection",
    ),
    "TableTopRollRotationDirection": (
        "dicomodel.enums.table_top_roll_rotation_direction",
        "TableTopRollRotationDirection",
    ),
    "TreatmentDeliveryTypeTerm": (
        "dicomodel.enums.treatment_delivery_type",
        "TreatmentDeliveryTypeTerm",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item_rt_beams",
        "WedgePositionSequenceItemRTBeams",
    ),
    "WedgeSequenceItem": ("dicomodel.items.wedge_sequence_item", "WedgeSequenceItem"),
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
