"""Enhanced RT Image Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beam_modifier_coordinates_presence_flag import (
        BeamModifierCoordinatesPresenceFlagValue as _BeamModifierCoordinatesPresenceFlagValue,
    )
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as _AcquisitionDeviceSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as _GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.patient_support_devices_sequence_item import (
        PatientSupportDevicesSequenceItem as _PatientSupportDevicesSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionDeviceSequenceItem = Lazy(
        "dicomodel.items.acquisition_device_sequence_item", "AcquisitionDeviceSequenceItem"
    )
    _BeamModifierCoordinatesPresenceFlagValue = Lazy(
        "dicomodel.enums.beam_modifier_coordinates_presence_flag",
        "BeamModifierCoordinatesPresenceFlagValue",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _GeneralAccessoryDefinitionSequenceItem = Lazy(
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    )
    _PatientSupportDevicesSequenceItem = Lazy(
        "dicomodel.items.patient_support_devices_sequence_item", "PatientSupportDevicesSequenceItem"
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_modifier_coordinates_presence_flag import (
        BeamModifierCoordinatesPresenceFlag as BeamModifierCoordinatesPresenceFlag,
    )
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as AcquisitionDeviceSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.patient_support_devices_sequence_item import (
        PatientSupportDevicesSequenceItem as PatientSupportDevicesSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AcquisitionDeviceSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BeamModifierCoordinatesPresenceFlag",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTImageDeviceModule",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GeneralAccessoryDefinitionSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportDevicesSequenceItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "UDISequenceItem",
]


class EnhancedRTImageDeviceModule(DicomModel):
    """Enhanced RT Image Device Module Attributes (PS3.3 Table C.36.26-1)."""

    dicom_name: ClassVar[str] = "Enhanced RT Image Device"
    dicom_table: ClassVar[str] = "table_C.36.26-1"

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x300A0675, "UI", "1", "1", name="Equipment Frame of Reference UID")
    ]
    """Equipment Frame of Reference UID (300A,0675): Type 1, VR UI, VM 1. Frame of Reference identifier identifying the Equipment Frame of Reference coordinate system which is the parent for Imaging Source Coordinate System and/or the Image Receptor Coordinate System."""

    BeamModifierCoordinatesPresenceFlag: Annotated[
        _BeamModifierCoordinatesPresenceFlagValue,
        Attribute(
            0x30020105,
            "CS",
            "1",
            "1",
            name="Beam Modifier Coordinates Presence Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Beam Modifier Coordinates Presence Flag (3002,0105): Type 1, VR CS, VM 1. Whether Beam Modifiers which contain coordinates referring to the Beam Modifier Coordinate System are present in the current SOP Instance. Enumerated Values: YES Beam Modifiers containing such coordinates are present."""

    RTDeviceDistanceReferenceLocationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0659,
            "SQ",
            "1",
            "1C",
            name="RT Device Distance Reference Location Code Sequence",
            when=("value", 0x30020105, 0, "in", ("YES",)),
        ),
    ] = None
    """RT Device Distance Reference Location Code Sequence (300A,0659): Type 1C, VR SQ, VM 1. Required if Beam Modifier Coordinates Presence Flag (3002,0105) equals YES. Point of reference used for measuring the distance to various devices. Required if Beam Modifier Coordinates Presence Flag (3002,0105) equals YES. Only a single item shall be included in this Sequence."""

    RTBeamModifierDefinitionDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0688,
            "FD",
            "1",
            "1C",
            name="RT Beam Modifier Definition Distance",
            when=("value", 0x30020105, 0, "in", ("YES",)),
        ),
    ] = None
    """RT Beam Modifier Definition Distance (300A,0688): Type 1C, VR FD, VM 1. Required if Beam Modifier Coordinates Presence Flag (3002,0105) equals YES. Absolute distance in mm along the z-axis of the Base Beam Modifier Coordinate System from the reference location as specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the Beam Modifier Definition Plane."""

    NumberOfPatientSupportDevices: Annotated[
        vr.US, Attribute(0x300A0687, "US", "1", "1", name="Number of Patient Support Devices")
    ]
    """Number of Patient Support Devices (300A,0687): Type 1, VR US, VM 1. Number of Patient Support Devices defined in the Patient Support Devices Sequence (300A,0686)."""

    PatientSupportDevicesSequence: Annotated[
        list[_PatientSupportDevicesSequenceItem] | None,
        Attribute(
            0x300A0686,
            "SQ",
            "1",
            "1C",
            name="Patient Support Devices Sequence",
            when=("compare", 0x300A0687, 1, "!=", 0),
        ),
    ] = None
    """Patient Support Devices Sequence (300A,0686): Type 1C, VR SQ, VM 1. Required if the Number of Patient Support Devices (300A,0687) is non-zero. Patient support device definitions. Required if the Number of Patient Support Devices (300A,0687) is non-zero. The number of Items included in this Sequence shall equal the value of Number of Patient Support Devices (300A,0687)."""

    NumberOfGeneralAccessories: Annotated[
        vr.US | None,
        Attribute(
            0x300A0672,
            "US",
            "1",
            "1C",
            name="Number of General Accessories",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of General Accessories (300A,0672): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of General Accessories defined in the General Accessory Definition Sequence (300A,0671). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    GeneralAccessoryDefinitionSequence: Annotated[
        list[_GeneralAccessoryDefinitionSequenceItem] | None,
        Attribute(
            0x300A0671,
            "SQ",
            "1",
            "1C",
            name="General Accessory Definition Sequence",
            when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
        ),
    ] = None
    """General Accessory Definition Sequence (300A,0671): Type 1C, VR SQ, VM 1. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. General accessory devices. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of General Accessories (300A,0672)."""

    NumberOfRTBeamLimitingDevices: Annotated[
        vr.US | None,
        Attribute(
            0x300A0641,
            "US",
            "1",
            "1C",
            name="Number of RT Beam Limiting Devices",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Beam Limiting Devices (300A,0641): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Beam Limiting Devices in the RT Beam Limiting Device Definition Sequence (300A,064D). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTBeamLimitingDeviceDefinitionSequence: Annotated[
        list[_RTBeamLimitingDeviceDefinitionItem] | None,
        Attribute(
            0x300A064D,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Definition Sequence",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """RT Beam Limiting Device Definition Sequence (300A,064D): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Beam limiting device (collimator), such as jaw or leaf (element) sets. The number of Items included in this Sequence shall equal the value of Number of RT Beam Limiting Devices (300A,0641)."""

    NumberOfAcquisitionDevices: Annotated[
        vr.US, Attribute(0x30020116, "US", "1", "1", name="Number of Acquisition Devices")
    ]
    """Number of Acquisition Devices (3002,0116): Type 1, VR US, VM 1. Number of Acquisition Devices defined in the Acquisition Device Sequence (3002,0117)."""

    AcquisitionDeviceSequence: Annotated[
        list[_AcquisitionDeviceSequenceItem] | None,
        Attribute(
            0x30020117,
            "SQ",
            "1",
            "1C",
            name="Acquisition Device Sequence",
            when=("compare", 0x30020116, 1, "!=", 0),
        ),
    ] = None
    """Acquisition Device Sequence (3002,0117): Type 1C, VR SQ, VM 1. Required if the Number of Acquisition Devices (3002,0116) has a non-zero value. Devices used to generate images. The devices may be physical imaging devices that performed acquisition or virtual imaging devices for which acquisition was simulated."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionDeviceSequenceItem": (
        "dicomodel.items.acquisition_device_sequence_item",
        "AcquisitionDeviceSequenceItem",
    ),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BeamModifierCoordinatesPresenceFlag": (
        "dicomodel.enums.beam_modifier_coordinates_presence_flag",
        "BeamModifierCoordinatesPresenceFlag",
    ),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "GeneralAccessoryDefinitionSequenceItem": (
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
    "PatientSupportDevicesSequenceItem": (
        "dicomodel.items.patient_support_devices_sequence_item",
        "PatientSupportDevicesSequenceItem",
    ),
    "RTBeamLimitingDeviceDefinitionSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    ),
    "RTDeviceDistanceReferenceLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
