"""RT Beams Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item_rt_beams import (
        BeamSequenceItemRTBeams as _BeamSequenceItemRTBeams,
    )
else:
    from dicomodel.lazy import Lazy

    _BeamSequenceItemRTBeams = Lazy(
        "dicomodel.items.beam_sequence_item_rt_beams", "BeamSequenceItemRTBeams"
    )

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
    from dicomodel.items.beam_sequence_item_rt_beams import (
        BeamSequenceItemRTBeams as BeamSequenceItem,
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
    "BeamSequenceItem",
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
    "RTBeamsModule",
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


class RTBeamsModule(DicomModel):
    """RT Beams Module Attributes (PS3.3 Table C.8-50)."""

    dicom_name: ClassVar[str] = "RT Beams"
    dicom_table: ClassVar[str] = "table_C.8-50"

    BeamSequence: Annotated[
        list[_BeamSequenceItemRTBeams], Attribute(0x300A00B0, "SQ", "1", "1", name="Beam Sequence")
    ]
    """Beam Sequence (300A,00B0): Type 1, VR SQ, VM 1. Sequence of treatment beams for current RT Plan. One or more Items shall be included in this Sequence."""


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
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item_rt_beams", "BeamSequenceItemRTBeams"),
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
