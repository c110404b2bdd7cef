"""Item class IonBeamSequenceItem.

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
    from dicomodel.enums.fixation_eye import FixationEyeValue as _FixationEyeValue
    from dicomodel.enums.modulated_scan_mode_type import (
        ModulatedScanModeTypeTerm as _ModulatedScanModeTypeTerm,
    )
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as _PatientSupportTypeTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTIonBeamsValue as _PrimaryDosimeterUnitRTIonBeamsValue,
    )
    from dicomodel.enums.radiation_type import (
        RadiationTypeTermRTIonBeams as _RadiationTypeTermRTIonBeams,
    )
    from dicomodel.enums.scan_mode import ScanModeTerm as _ScanModeTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTerm as _TreatmentDeliveryTypeTerm,
    )
    from dicomodel.items.applicator_sequence_item_rt_ion_beams import (
        ApplicatorSequenceItemRTIonBeams as _ApplicatorSequenceItemRTIonBeams,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.depth_dose_parameters_sequence_item import (
        DepthDoseParametersSequenceItem as _DepthDoseParametersSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams import (
        GeneralAccessorySequenceItemRTIonBeams as _GeneralAccessorySequenceItemRTIonBeams,
    )
    from dicomodel.items.ion_beam_limiting_device_sequence_item import (
        IonBeamLimitingDeviceSequenceItem as _IonBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.ion_block_sequence_item import (
        IonBlockSequenceItem as _IonBlockSequenceItem,
    )
    from dicomodel.items.ion_control_point_sequence_item import (
        IonControlPointSequenceItem as _IonControlPointSequenceItem,
    )
    from dicomodel.items.ion_range_compensator_sequence_item import (
        IonRangeCompensatorSequenceItem as _IonRangeCompensatorSequenceItem,
    )
    from dicomodel.items.ion_wedge_sequence_item import (
        IonWedgeSequenceItem as _IonWedgeSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_sequence_item import (
        LateralSpreadingDeviceSequenceItem as _LateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.range_modulator_sequence_item import (
        RangeModulatorSequenceItem as _RangeModulatorSequenceItem,
    )
    from dicomodel.items.range_shifter_sequence_item import (
        RangeShifterSequenceItem as _RangeShifterSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams import (
        ReferencedBolusSequenceItemRTIonBeams as _ReferencedBolusSequenceItemRTIonBeams,
    )
    from dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams import (
        ReferencedReferenceImageSequenceItemRTIonBeams as _ReferencedReferenceImageSequenceItemRTIonBeams,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.snout_sequence_item import SnoutSequenceItem as _SnoutSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorSequenceItemRTIonBeams = Lazy(
        "dicomodel.items.applicator_sequence_item_rt_ion_beams", "ApplicatorSequenceItemRTIonBeams"
    )
    _BeamTypeValue = Lazy("dicomodel.enums.beam_type", "BeamTypeValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DepthDoseParametersSequenceItem = Lazy(
        "dicomodel.items.depth_dose_parameters_sequence_item", "DepthDoseParametersSequenceItem"
    )
    _EnhancedRTBeamLimitingDeviceDefinitionFlagValue = Lazy(
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
    )
    _FixationEyeValue = Lazy("dicomodel.enums.fixation_eye", "FixationEyeValue")
    _GeneralAccessorySequenceItemRTIonBeams = Lazy(
        "dicomodel.items.general_accessory_sequence_item_rt_ion_beams",
        "GeneralAccessorySequenceItemRTIonBeams",
    )
    _IonBeamLimitingDeviceSequenceItem = Lazy(
        "dicomodel.items.ion_beam_limiting_device_sequence_item",
        "IonBeamLimitingDeviceSequenceItem",
    )
    _IonBlockSequenceItem = Lazy("dicomodel.items.ion_block_sequence_item", "IonBlockSequenceItem")
    _IonControlPointSequenceItem = Lazy(
        "dicomodel.items.ion_control_point_sequence_item", "IonControlPointSequenceItem"
    )
    _IonRangeCompensatorSequenceItem = Lazy(
        "dicomodel.items.ion_range_compensator_sequence_item", "IonRangeCompensatorSequenceItem"
    )
    _IonWedgeSequenceItem = Lazy("dicomodel.items.ion_wedge_sequence_item", "IonWedgeSequenceItem")
    _LateralSpreadingDeviceSequenceItem = Lazy(
        "dicomodel.items.lateral_spreading_device_sequence_item",
        "LateralSpreadingDeviceSequenceItem",
    )
    _ModulatedScanModeTypeTerm = Lazy(
        "dicomodel.enums.modulated_scan_mode_type", "ModulatedScanModeTypeTerm"
    )
    _PatientSupportTypeTerm = Lazy("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm")
    _PrimaryDosimeterUnitRTIonBeamsValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnitRTIonBeamsValue"
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationTypeTermRTIonBeams = Lazy(
        "dicomodel.enums.radiation_type", "RadiationTypeTermRTIonBeams"
    )
    _RangeModulatorSequenceItem = Lazy(
        "dicomodel.items.range_modulator_sequence_item", "RangeModulatorSequenceItem"
    )
    _RangeShifterSequenceItem = Lazy(
        "dicomodel.items.range_shifter_sequence_item", "RangeShifterSequenceItem"
    )
    _ReferencedBolusSequenceItemRTIonBeams = Lazy(
        "dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams",
        "ReferencedBolusSequenceItemRTIonBeams",
    )
    _ReferencedReferenceImageSequenceItemRTIonBeams = Lazy(
        "dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams",
        "ReferencedReferenceImageSequenceItemRTIonBeams",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScanModeTerm = Lazy("dicomodel.enums.scan_mode", "ScanModeTerm")
    _SnoutSequenceItem = Lazy("dicomodel.items.snout_sequence_item", "SnoutSequenceItem")
    _TreatmentDeliveryTypeTerm = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
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
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.fixation_eye import FixationEye as FixationEye
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.lateral_spreading_device_type import (
        LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modulated_scan_mode_type import (
        ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as PatientSupportTypeTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnit,
    )
    from dicomodel.enums.radiation_type import RadiationTypeTermRTIonBeams as RadiationTypeTerm
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as RangeModulatorTypeTerm,
    )
    from dicomodel.enums.range_shifter_type import RangeShifterTypeTerm as RangeShifterTypeTerm
    from dicomodel.enums.reference_dose_definition import (
        ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.scan_mode import ScanModeTerm as ScanModeTerm
    from dicomodel.enums.scan_spot_reordering_allowed import (
        ScanSpotReorderingAllowed as ScanSpotReorderingAllowed,
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
    from dicomodel.enums.wedge_type import WedgeTypeTermRTIonBeams as WedgeTypeTerm
    from dicomodel.items.applicator_sequence_item_rt_ion_beams import (
        ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.block_slab_sequence_item_rt_ion_beams import (
        BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.depth_dose_parameters_sequence_item import (
        DepthDoseParametersSequenceItem as DepthDoseParametersSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams import (
        GeneralAccessorySequenceItemRTIonBeams as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.ion_beam_limiting_device_sequence_item import (
        IonBeamLimitingDeviceSequenceItem as IonBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.ion_block_sequence_item import IonBlockSequenceItem as IonBlockSequenceItem
    from dicomodel.items.ion_control_point_sequence_item import (
        IonControlPointSequenceItem as IonControlPointSequenceItem,
    )
    from dicomodel.items.ion_range_compensator_sequence_item import (
        IonRangeCompensatorSequenceItem as IonRangeCompensatorSequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.ion_wedge_sequence_item import IonWedgeSequenceItem as IonWedgeSequenceItem
    from dicomodel.items.lateral_spreading_device_sequence_item import (
        LateralSpreadingDeviceSequenceItem as LateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item import (
        LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
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
    from dicomodel.items.range_modulator_sequence_item import (
        RangeModulatorSequenceItem as RangeModulatorSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item import (
        RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_sequence_item import (
        RangeShifterSequenceItem as RangeShifterSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item import (
        RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams import (
        ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams import (
        ReferencedReferenceImageSequenceItemRTIonBeams as ReferencedReferenceImageSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.snout_sequence_item import SnoutSequenceItem as SnoutSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamType",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSlabSequenceItem",
    "BlockType",
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "ContextGroupExtensionFlag",
    "DepthDoseParametersSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationEye",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonBeamLimitingDeviceSequenceItem",
    "IonBeamSequenceItem",
    "IonBlockSequenceItem",
    "IonControlPointSequenceItem",
    "IonRangeCompensatorSequenceItem",
    "IonWedgePositionSequenceItem",
    "IonWedgeSequenceItem",
    "LateralSpreadingDeviceSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "LateralSpreadingDeviceTypeTerm",
    "MappingResourceTerm",
    "ModulatedScanModeTypeTerm",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PrimaryDosimeterUnit",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RadiationTypeTerm",
    "RangeModulatorSequenceItem",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "RangeShifterTypeTerm",
    "ReferenceDoseDefinitionTerm",
    "ReferencedBolusSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "ScanModeTerm",
    "ScanSpotReorderingAllowed",
    "SnoutSequenceItem",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "UDISequenceItem",
    "WedgePosition",
    "WedgeTypeTerm",
]


class IonBeamSequenceItem(DicomModel):
    """An item of Ion Beam Sequence (300A,03A2), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Ion Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    BeamNumber: Annotated[vr.IS, Attribute(0x300A00C0, "IS", "1", "1", name="Beam Number")]
    """Beam Number (300A,00C0): Type 1, VR IS, VM 1. Identification number of the Beam. The value of Beam Number (300A,00C0) shall be unique within the RT Ion Plan in which it is created. See Section C.8.8.25.1."""

    BeamName: Annotated[vr.LO, Attribute(0x300A00C2, "LO", "1", "1", name="Beam Name")]
    """Beam Name (300A,00C2): Type 1, VR LO, VM 1. User-defined name for Beam. See Section C.8.8.25.1."""

    EntityLongLabel: Annotated[
        vr.LO | None, Attribute(0x30100038, "LO", "1", "3", name="Entity Long Label")
    ] = None
    """Entity Long Label (3010,0038): Type 3, VR LO, VM 1. User-defined label for Beam. See Section C.8.8.25.1."""

    BeamDescription: Annotated[
        vr.ST | None, Attribute(0x300A00C3, "ST", "1", "3", name="Beam Description")
    ] = None
    """Beam Description (300A,00C3): Type 3, VR ST, VM 1. User-defined description for Beam. See Section C.8.8.25.1."""

    BeamType: Annotated[
        _BeamTypeValue,
        Attribute(
            0x300A00C4, "CS", "1", "1", name="Beam Type", enumerated=((0, ("STATIC", "DYNAMIC")),)
        ),
    ]
    """Beam Type (300A,00C4): Type 1, VR CS, VM 1. Motion characteristic of Beam. Enumerated Values: STATIC All Ion Control Point Sequence (300A,03A8) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""

    RadiationType: Annotated[
        _RadiationTypeTermRTIonBeams | vr.CS,
        Attribute(0x300A00C6, "CS", "1", "1", name="Radiation Type"),
    ]
    """Radiation Type (300A,00C6): Type 1, VR CS, VM 1. Particle type of Beam. Defined Terms: PHOTON PROTON ION"""

    RadiationMassNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0302,
            "IS",
            "1",
            "1C",
            name="Radiation Mass Number",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Mass Number (300A,0302): Type 1C, VR IS, VM 1. Required if Radiation Type (300A,00C6) is ION. Mass number of radiation. Required if Radiation Type (300A,00C6) is ION."""

    RadiationAtomicNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300A0304,
            "IS",
            "1",
            "1C",
            name="Radiation Atomic Number",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Atomic Number (300A,0304): Type 1C, VR IS, VM 1. Required if Radiation Type (300A,00C6) is ION. Atomic number of radiation. Required if Radiation Type (300A,00C6) is ION."""

    RadiationChargeState: Annotated[
        vr.SS | None,
        Attribute(
            0x300A0306,
            "SS",
            "1",
            "1C",
            name="Radiation Charge State",
            when=("value", 0x300A00C6, 0, "in", ("ION",)),
        ),
    ] = None
    """Radiation Charge State (300A,0306): Type 1C, VR SS, VM 1. Required if Radiation Type (300A,00C6) is ION. Charge state of radiation. Required if Radiation Type (300A,00C6) is ION."""

    ScanMode: Annotated[
        _ScanModeTerm | vr.CS, Attribute(0x300A0308, "CS", "1", "1", name="Scan Mode")
    ]
    """Scan Mode (300A,0308): Type 1, VR CS, VM 1. The method of beam scanning to be used during treatment. Defined Terms: NONE No beam scanning is performed. UNIFORM Between control points, the beam is scanned to create a uniform lateral fluence distribution across the field."""

    ModulatedScanModeType: Annotated[
        _ModulatedScanModeTypeTerm | vr.CS | None,
        Attribute(
            0x300A0309,
            "CS",
            "1",
            "1C",
            name="Modulated Scan Mode Type",
            when=("value", 0x300A0308, 0, "in", ("MODULATED_SPEC",)),
        ),
    ] = None
    """Modulated Scan Mode Type (300A,0309): Type 1C, VR CS, VM 1. Required if Scan Mode (300A,0308) is MODULATED_SPEC. Defines the specialization of a modulated scan mode. Defined Terms: STATIONARY The Meterset is delivered while the beam spot is at the specified position. The beam is always turned off when the position changes."""

    TreatmentMachineName: Annotated[
        vr.SH | None, Attribute(0x300A00B2, "SH", "1", "2", name="Treatment Machine Name")
    ]
    """Treatment Machine Name (300A,00B2): Type 2, VR SH, VM 1. User-defined name identifying treatment machine to be used for beam delivery. See Section C.8.8.25.2."""

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
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that is to be used for treatment delivery was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that is to be used for treatment delivery was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitRTIonBeamsValue,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "NP")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 1, VR CS, VM 1. Measurement unit of machine dosimeter. Enumerated Values: MU Monitor Unit NP number of particles"""

    TableTopPositionAlignmentUID: Annotated[
        vr.UI | None, Attribute(0x300A0054, "UI", "1", "3", name="Table Top Position Alignment UID")
    ] = None
    """Table Top Position Alignment UID (300A,0054): Type 3, VR UI, VM 1. Identifies the positional alignment of the Table Top for which the values of Table Top Vertical Position (300A,0128), Table Top Longitudinal Position (300A,0129) and Table Top Lateral Position (300A,012A) in the Ion Control Point Sequence (..."""

    ReferencedToleranceTableNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C00A0, "IS", "1", "3", name="Referenced Tolerance Table Number"),
    ] = None
    """Referenced Tolerance Table Number (300C,00A0): Type 3, VR IS, VM 1. Uniquely identifies Tolerance Table specified by Tolerance Table Number (300A,0042) within Tolerance Table Sequence in RT Ion Tolerance Tables Module. These tolerances are to be used for verification of treatment machine settings."""

    VirtualSourceAxisDistances: Annotated[
        list[vr.FL], Attribute(0x300A030A, "FL", "2", "1", name="Virtual Source-Axis Distances")
    ]
    """Virtual Source-Axis Distances (300A,030A): Type 1, VR FL, VM 2. Distance (in mm) from virtual source position to gantry rotation axis or nominal isocenter position (fixed beam-lines) of the equipment to be used for beam delivery."""

    DepthDoseParametersSequence: Annotated[
        list[_DepthDoseParametersSequenceItem] | None,
        Attribute(0x300A0505, "SQ", "1", "3", name="Depth Dose Parameters Sequence"),
    ] = None
    """Depth Dose Parameters Sequence (300A,0505): Type 3, VR SQ, VM 1. Set of parameters describing the depth dose distribution. Only a single Item is permitted in this Sequence."""

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

    IonBeamLimitingDeviceSequence: Annotated[
        list[_IonBeamLimitingDeviceSequenceItem] | None,
        Attribute(0x300A03A4, "SQ", "1", "3", name="Ion Beam Limiting Device Sequence"),
    ] = None
    """Ion Beam Limiting Device Sequence (300A,03A4): Type 3, VR SQ, VM 1. Sequence of beam limiting device (collimator) jaw or leaf (element) sets. Shall not be present if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES."""

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
        list[_ReferencedReferenceImageSequenceItemRTIonBeams] | None,
        Attribute(0x300C0042, "SQ", "1", "3", name="Referenced Reference Image Sequence"),
    ] = None
    """Referenced Reference Image Sequence (300C,0042): Type 3, VR SQ, VM 1. Reference images used for validation of current beam. One or more Items are permitted in this Sequence."""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeTerm | vr.CS,
        Attribute(0x300A00CE, "CS", "1", "1", name="Treatment Delivery Type"),
    ]
    """Treatment Delivery Type (300A,00CE): Type 1, VR CS, VM 1. Delivery Type of treatment. Defined Terms: TREATMENT Normal patient treatment OPEN_PORTFILM Portal image acquisition with open field (the source of radiation is specified by Radiation Type (300A,00C6)) TRMT_PORTFILM Portal image acquisition..."""

    ReferencedDoseSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0080, "SQ", "1", "3", name="Referenced Dose Sequence"),
    ] = None
    """Referenced Dose Sequence (300C,0080): Type 3, VR SQ, VM 1. Related Instances of RT Dose (for grids, isodose curves, and named/unnamed point doses). One or more Items are permitted in this Sequence."""

    NumberOfWedges: Annotated[vr.IS, Attribute(0x300A00D0, "IS", "1", "1", name="Number of Wedges")]
    """Number of Wedges (300A,00D0): Type 1, VR IS, VM 1. Number of wedges associated with current beam."""

    TotalWedgeTrayWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(0x300A00D7, "FL", "1", "3", name="Total Wedge Tray Water-Equivalent Thickness"),
    ] = None
    """Total Wedge Tray Water-Equivalent Thickness (300A,00D7): Type 3, VR FL, VM 1. Shift of the wedge tray induced on the range of the ion beam as measured in water (in mm)."""

    IonWedgeSequence: Annotated[
        list[_IonWedgeSequenceItem] | None,
        Attribute(
            0x300A03AA,
            "SQ",
            "1",
            "1C",
            name="Ion Wedge Sequence",
            when=("compare", 0x300A00D0, 1, "!=", 0),
        ),
    ] = None
    """Ion Wedge Sequence (300A,03AA): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is non-zero. Sequence of treatment wedges. Required if Number of Wedges (300A,00D0) is non-zero. The number of Items shall be identical to the value of Number of Wedges (300A,00D0)."""

    NumberOfCompensators: Annotated[
        vr.IS, Attribute(0x300A00E0, "IS", "1", "1", name="Number of Compensators")
    ]
    """Number of Compensators (300A,00E0): Type 1, VR IS, VM 1. Number of compensators associated with current Beam."""

    TotalCompensatorTrayWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(
            0x300A02E3, "FL", "1", "3", name="Total Compensator Tray Water-Equivalent Thickness"
        ),
    ] = None
    """Total Compensator Tray Water-Equivalent Thickness (300A,02E3): Type 3, VR FL, VM 1. Water-Equivalent thickness of the compensator tray (in mm) parallel to radiation beam axis."""

    IonRangeCompensatorSequence: Annotated[
        list[_IonRangeCompensatorSequenceItem] | None,
        Attribute(
            0x300A02EA,
            "SQ",
            "1",
            "1C",
            name="Ion Range Compensator Sequence",
            when=("compare", 0x300A00E0, 1, "!=", 0),
        ),
    ] = None
    """Ion Range Compensator Sequence (300A,02EA): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is non-zero. Sequence of compensators. Required if Number of Compensators (300A,00E0) is non-zero. The number of Items shall be identical to the value of Number of Compensators (300A,00E0)."""

    NumberOfBoli: Annotated[vr.IS, Attribute(0x300A00ED, "IS", "1", "1", name="Number of Boli")]
    """Number of Boli (300A,00ED): Type 1, VR IS, VM 1. Number of boli associated with current Beam."""

    ReferencedBolusSequence: Annotated[
        list[_ReferencedBolusSequenceItemRTIonBeams] | None,
        Attribute(
            0x300C00B0,
            "SQ",
            "1",
            "1C",
            name="Referenced Bolus Sequence",
            when=("compare", 0x300A00ED, 1, "!=", 0),
        ),
    ] = None
    """Referenced Bolus Sequence (300C,00B0): Type 1C, VR SQ, VM 1. Required if Number of Boli (300A,00ED) is non-zero. Sequence of boli associated with Beam. Required if Number of Boli (300A,00ED) is non-zero. The number of Items shall be identical to the value of Number of Boli (300A,00ED)."""

    NumberOfBlocks: Annotated[vr.IS, Attribute(0x300A00F0, "IS", "1", "1", name="Number of Blocks")]
    """Number of Blocks (300A,00F0): Type 1, VR IS, VM 1. Number of shielding blocks associated with Beam."""

    TotalBlockTrayWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(0x300A00F3, "FL", "1", "3", name="Total Block Tray Water-Equivalent Thickness"),
    ] = None
    """Total Block Tray Water-Equivalent Thickness (300A,00F3): Type 3, VR FL, VM 1. Water-Equivalent thickness of the block tray (in mm) parallel to radiation beam axis."""

    IonBlockSequence: Annotated[
        list[_IonBlockSequenceItem] | None,
        Attribute(
            0x300A03A6,
            "SQ",
            "1",
            "1C",
            name="Ion Block Sequence",
            when=("compare", 0x300A00F0, 1, "!=", 0),
        ),
    ] = None
    """Ion Block Sequence (300A,03A6): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is non-zero. Sequence of blocks associated with Beam. Required if Number of Blocks (300A,00F0) is non-zero. The number of Items shall be identical to the value of Number of Blocks (300A,00F0)."""

    SnoutSequence: Annotated[
        list[_SnoutSequenceItem] | None,
        Attribute(0x300A030C, "SQ", "1", "3", name="Snout Sequence"),
    ] = None
    """Snout Sequence (300A,030C): Type 3, VR SQ, VM 1. Sequence of Snouts associated with Beam. Only a single Item is permitted in this Sequence."""

    ApplicatorSequence: Annotated[
        list[_ApplicatorSequenceItemRTIonBeams] | None,
        Attribute(0x300A0107, "SQ", "1", "3", name="Applicator Sequence"),
    ] = None
    """Applicator Sequence (300A,0107): Type 3, VR SQ, VM 1. Sequence of Applicators associated with Beam. Only a single Item is permitted in this Sequence."""

    GeneralAccessorySequence: Annotated[
        list[_GeneralAccessorySequenceItemRTIonBeams] | None,
        Attribute(0x300A0420, "SQ", "1", "3", name="General Accessory Sequence"),
    ] = None
    """General Accessory Sequence (300A,0420): Type 3, VR SQ, VM 1. A Sequence of General Accessories associated with this Beam. One or more Items are permitted in this Sequence."""

    NumberOfRangeShifters: Annotated[
        vr.IS, Attribute(0x300A0312, "IS", "1", "1", name="Number of Range Shifters")
    ]
    """Number of Range Shifters (300A,0312): Type 1, VR IS, VM 1. Number of range shifters associated with current beam."""

    RangeShifterSequence: Annotated[
        list[_RangeShifterSequenceItem] | None,
        Attribute(
            0x300A0314,
            "SQ",
            "1",
            "1C",
            name="Range Shifter Sequence",
            when=("compare", 0x300A0312, 1, "!=", 0),
        ),
    ] = None
    """Range Shifter Sequence (300A,0314): Type 1C, VR SQ, VM 1. Required if Number of Range Shifters (300A,0312) is non-zero. Sequence of range shifters associated with Beam. Required if Number of Range Shifters (300A,0312) is non-zero. The number of Items shall be identical to the value of Number of Range Shifters (300A,0312)."""

    NumberOfLateralSpreadingDevices: Annotated[
        vr.IS, Attribute(0x300A0330, "IS", "1", "1", name="Number of Lateral Spreading Devices")
    ]
    """Number of Lateral Spreading Devices (300A,0330): Type 1, VR IS, VM 1. Number of lateral spreading devices associated with current beam."""

    LateralSpreadingDeviceSequence: Annotated[
        list[_LateralSpreadingDeviceSequenceItem] | None,
        Attribute(
            0x300A0332,
            "SQ",
            "1",
            "1C",
            name="Lateral Spreading Device Sequence",
            when=("compare", 0x300A0330, 1, "!=", 0),
        ),
    ] = None
    """Lateral Spreading Device Sequence (300A,0332): Type 1C, VR SQ, VM 1. Required if Number of Lateral Spreading Devices (300A,0330) is non-zero. Sequence of lateral spreading devices associated with Beam. Required if Number of Lateral Spreading Devices (300A,0330) is non-zero. The number of Items shall be identical to the value of Number of Lateral Spreading Devices (300A,0330)."""

    NumberOfRangeModulators: Annotated[
        vr.IS, Attribute(0x300A0340, "IS", "1", "1", name="Number of Range Modulators")
    ]
    """Number of Range Modulators (300A,0340): Type 1, VR IS, VM 1. Number of range modulators associated with current beam."""

    RangeModulatorSequence: Annotated[
        list[_RangeModulatorSequenceItem] | None,
        Attribute(
            0x300A0342,
            "SQ",
            "1",
            "1C",
            name="Range Modulator Sequence",
            when=("compare", 0x300A0340, 1, "!=", 0),
        ),
    ] = None
    """Range Modulator Sequence (300A,0342): Type 1C, VR SQ, VM 1. Required if Number of Range Modulators (300A,0340) is non-zero. Sequence of range modulators associated with Beam. Required if Number of Range Modulators (300A,0340) is non-zero. The number of Items shall be identical to the value of Number of Range Modulators (300A,0340)."""

    PatientSupportType: Annotated[
        _PatientSupportTypeTerm | vr.CS,
        Attribute(0x300A0350, "CS", "1", "1", name="Patient Support Type"),
    ]
    """Patient Support Type (300A,0350): Type 1, VR CS, VM 1. Defined Terms: TABLE Treatment delivery system table CHAIR Treatment delivery system chair See Section C.8.8.25.6.3."""

    PatientSupportID: Annotated[
        vr.SH | None, Attribute(0x300A0352, "SH", "1", "3", name="Patient Support ID")
    ] = None
    """Patient Support ID (300A,0352): Type 3, VR SH, VM 1. User-specified identifier for manufacturer specific patient support devices."""

    PatientSupportAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0354, "LO", "1", "3", name="Patient Support Accessory Code")
    ] = None
    """Patient Support Accessory Code (300A,0354): Type 3, VR LO, VM 1. A Patient Support accessory identifier to be read by a device such as a bar code reader."""

    FixationLightAzimuthalAngle: Annotated[
        vr.FL | None, Attribute(0x300A0356, "FL", "1", "3", name="Fixation Light Azimuthal Angle")
    ] = None
    """Fixation Light Azimuthal Angle (300A,0356): Type 3, VR FL, VM 1. Azimuthal angle (degrees) of the fixation light coordinate around IEC BEAM LIMITING DEVICE Y-axis. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationLightPolarAngle: Annotated[
        vr.FL | None, Attribute(0x300A0358, "FL", "1", "3", name="Fixation Light Polar Angle")
    ] = None
    """Fixation Light Polar Angle (300A,0358): Type 3, VR FL, VM 1. Polar angle (degrees) of the fixation light coordinate. Used for eye treatments. See Section C.8.8.25.6.4."""

    FixationEye: Annotated[
        _FixationEyeValue | None,
        Attribute(0x300A0150, "CS", "1", "3", name="Fixation Eye", enumerated=((0, ("L", "R")),)),
    ] = None
    """Fixation Eye (300A,0150): Type 3, VR CS, VM 1. The eye used for fixation. Enumerated Values: L left eye R right eye"""

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
                "condition not read: not understood: 'in Control Points specified within Ion Control Point Sequence' (in 'Required if Cumulative Meterset Weight is non-null in Control Points specified within Ion Control Point Sequence')",
            ),
        ),
    ] = None
    """Final Cumulative Meterset Weight (300A,010E): Type 1C, VR DS, VM 1. Required if Cumulative Meterset Weight is non-null in Control Points specified within Ion Control Point Sequence. Value of Cumulative Meterset Weight (300A,0134) for final Control Point in Ion Control Point Sequence (300A,03A8). Required if Cumulative Meterset Weight is non-null in Control Points specified within Ion Control Point Sequence."""

    NumberOfControlPoints: Annotated[
        vr.IS, Attribute(0x300A0110, "IS", "1", "1", name="Number of Control Points")
    ]
    """Number of Control Points (300A,0110): Type 1, VR IS, VM 1. Number of control points in Beam. Value shall be greater than or equal to 2."""

    IonControlPointSequence: Annotated[
        list[_IonControlPointSequenceItem],
        Attribute(0x300A03A8, "SQ", "1", "1", name="Ion Control Point Sequence"),
    ]
    """Ion Control Point Sequence (300A,03A8): Type 1, VR SQ, VM 1. Sequence of machine configurations describing Ion treatment beam. The number of Items shall be identical to the value of Number of Control Points (300A,0110). See Section C.8.8.25.7."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item_rt_ion_beams",
        "ApplicatorSequenceItemRTIonBeams",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTermRTIonBeams"),
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item",
        "BeamLimitingDevicePositionSequenceItem",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "BeamType": ("dicomodel.enums.beam_type", "BeamType"),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockMountingPosition": ("dicomodel.enums.block_mounting_position", "BlockMountingPosition"),
    "BlockSlabSequenceItem": (
        "dicomodel.items.block_slab_sequence_item_rt_ion_beams",
        "BlockSlabSequenceItemRTIonBeams",
    ),
    "BlockType": ("dicomodel.enums.block_type", "BlockType"),
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMountingPosition": (
        "dicomodel.enums.compensator_mounting_position",
        "CompensatorMountingPosition",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DepthDoseParametersSequenceItem": (
        "dicomodel.items.depth_dose_parameters_sequence_item",
        "DepthDoseParametersSequenceItem",
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
    "FixationEye": ("dicomodel.enums.fixation_eye", "FixationEye"),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "GantryPitchRotationDirection": (
        "dicomodel.enums.gantry_pitch_rotation_direction",
        "GantryPitchRotationDirection",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item_rt_ion_beams",
        "GeneralAccessorySequenceItemRTIonBeams",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
    ),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "IonBeamLimitingDeviceSequenceItem": (
        "dicomodel.items.ion_beam_limiting_device_sequence_item",
        "IonBeamLimitingDeviceSequenceItem",
    ),
    "IonBlockSequenceItem": ("dicomodel.items.ion_block_sequence_item", "IonBlockSequenceItem"),
    "IonControlPointSequenceItem": (
        "dicomodel.items.ion_control_point_sequence_item",
        "IonControlPointSequenceItem",
    ),
    "IonRangeCompensatorSequenceItem": (
        "dicomodel.items.ion_range_compensator_sequence_item",
        "IonRangeCompensatorSequenceItem",
    ),
    "IonWedgePositionSequenceItem": (
        "dicomodel.items.ion_wedge_position_sequence_item",
        "IonWedgePositionSequenceItem",
    ),
    "IonWedgeSequenceItem": ("dicomodel.items.ion_wedge_sequence_item", "IonWedgeSequenceItem"),
    "LateralSpreadingDeviceSequenceItem": (
        "dicomodel.items.lateral_spreading_device_sequence_item",
        "LateralSpreadingDeviceSequenceItem",
    ),
    "LateralSpreadingDeviceSettingsSequenceItem": (
        "dicomodel.items.lateral_spreading_device_settings_sequence_item",
        "LateralSpreadingDeviceSettingsSequenceItem",
    ),
    "LateralSpreadingDeviceTypeTerm": (
        "dicomodel.enums.lateral_spreading_device_type",
        "LateralSpreadingDeviceTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModulatedScanModeTypeTerm": (
        "dicomodel.enums.modulated_scan_mode_type",
        "ModulatedScanModeTypeTerm",
    ),
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
    "PatientSupportTypeTerm": ("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm"),
    "PrimaryDosimeterUnit": (
        "dicomodel.enums.primary_dosimeter_unit",
        "PrimaryDosimeterUnitRTIonBeams",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RadiationTypeTerm": ("dicomodel.enums.radiation_type", "RadiationTypeTermRTIonBeams"),
    "RangeModulatorSequenceItem": (
        "dicomodel.items.range_modulator_sequence_item",
        "RangeModulatorSequenceItem",
    ),
    "RangeModulatorSettingsSequenceItem": (
        "dicomodel.items.range_modulator_settings_sequence_item",
        "RangeModulatorSettingsSequenceItem",
    ),
    "RangeModulatorTypeTerm": ("dicomodel.enums.range_modulator_type", "RangeModulatorTypeTerm"),
    "RangeShifterSequenceItem": (
        "dicomodel.items.range_shifter_sequence_item",
        "RangeShifterSequenceItem",
    ),
    "RangeShifterSettingsSequenceItem": (
        "dicomodel.items.range_shifter_settings_sequence_item",
        "RangeShifterSettingsSequenceItem",
    ),
    "RangeShifterTypeTerm": ("dicomodel.enums.range_shifter_type", "RangeShifterTypeTerm"),
    "ReferenceDoseDefinitionTerm": (
        "dicomodel.enums.reference_dose_definition",
        "ReferenceDoseDefinitionTerm",
    ),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams",
        "ReferencedBolusSequenceItemRTIonBeams",
    ),
    "ReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
        "ReferencedDoseReferenceSequenceItemRTBeams2",
    ),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedReferenceImageSequenceItem": (
        "dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams",
        "ReferencedReferenceImageSequenceItemRTIonBeams",
    ),
    "ScanModeTerm": ("dicomodel.enums.scan_mode", "ScanModeTerm"),
    "ScanSpotReorderingAllowed": (
        "dicomodel.enums.scan_spot_reordering_allowed",
        "ScanSpotReorderingAllowed",
    ),
    "SnoutSequenceItem": ("dicomodel.items.snout_sequence_item", "SnoutSequenceItem"),
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
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTermRTIonBeams"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
