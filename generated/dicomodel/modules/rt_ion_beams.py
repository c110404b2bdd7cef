"""RT Ion Beams Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ion_beam_sequence_item import IonBeamSequenceItem as _IonBeamSequenceItem
else:
    from dicomodel.lazy import Lazy

    _IonBeamSequenceItem = Lazy("dicomodel.items.ion_beam_sequence_item", "IonBeamSequenceItem")

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
    from dicomodel.items.ion_beam_sequence_item import IonBeamSequenceItem as IonBeamSequenceItem
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
    "RTIonBeamsModule",
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


class RTIonBeamsModule(DicomModel):
    """RT Ion Beams Module Attributes (PS3.3 Table C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "RT Ion Beams"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    IonBeamSequence: Annotated[
        list[_IonBeamSequenceItem], Attribute(0x300A03A2, "SQ", "1", "1", name="Ion Beam Sequence")
    ]
    """Ion Beam Sequence (300A,03A2): Type 1, VR SQ, VM 1. Sequence of setup and/or treatment beams for current RT Ion Plan. One or more Items shall be included in this Sequence."""


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
    "IonBeamSequenceItem": ("dicomodel.items.ion_beam_sequence_item", "IonBeamSequenceItem"),
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
