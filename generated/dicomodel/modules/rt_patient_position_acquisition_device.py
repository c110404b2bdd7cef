"""RT Patient Position Acquisition Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as _AcquisitionDeviceSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as _GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.patient_support_devices_sequence_item import (
        PatientSupportDevicesSequenceItem as _PatientSupportDevicesSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as _RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionDeviceSequenceItem = Lazy(
        "dicomodel.items.acquisition_device_sequence_item", "AcquisitionDeviceSequenceItem"
    )
    _GeneralAccessoryDefinitionSequenceItem = Lazy(
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    )
    _PatientSupportDevicesSequenceItem = Lazy(
        "dicomodel.items.patient_support_devices_sequence_item", "PatientSupportDevicesSequenceItem"
    )
    _RTAccessoryHolderDefinitionSequenceItem = Lazy(
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )

if TYPE_CHECKING:
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
    from dicomodel.enums.rt_accessory_holder_slot_existence_flag import (
        RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag,
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
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_slot_sequence_item import (
        RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem,
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
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotSequenceItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RTPatientPositionAcquisitionDeviceModule",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "UDISequenceItem",
]


class RTPatientPositionAcquisitionDeviceModule(DicomModel):
    """RT Patient Position Acquisition Device Module Attributes (PS3.3 Table C.36.28-1)."""

    dicom_name: ClassVar[str] = "RT Patient Position Acquisition Device"
    dicom_table: ClassVar[str] = "table_C.36.28-1"

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x300A0675,
            "UI",
            "1",
            "1C",
            name="Equipment Frame of Reference UID",
            when=("or", ("present", 0x00289520), ("present", 0x3002010F)),
        ),
    ] = None
    """Equipment Frame of Reference UID (300A,0675): Type 1C, VR UI, VM 1. Required if Image to Equipment Mapping Matrix (0028,9520) or Device Position to Equipment Mapping Matrix (3002,010F) are present in the current SOP Instance. Frame of Reference identifier for the Treatment Delivery Device defining the coordinate system in which the geometric parameters are defined."""

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

    NumberOfRTAccessoryHolders: Annotated[
        vr.US | None,
        Attribute(
            0x300A0670,
            "US",
            "1",
            "1C",
            name="Number of RT Accessory Holders",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Accessory Holders (300A,0670): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Accessory Holders defined in the RT Accessory Holder Definition Sequence (300A,0614). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTAccessoryHolderDefinitionSequence: Annotated[
        list[_RTAccessoryHolderDefinitionSequenceItem] | None,
        Attribute(
            0x300A0614,
            "SQ",
            "1",
            "1C",
            name="RT Accessory Holder Definition Sequence",
            when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
        ),
    ] = None
    """RT Accessory Holder Definition Sequence (300A,0614): Type 1C, VR SQ, VM 1. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value. Accessory Holder device definitions. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value."""

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
    "RTAccessoryHolderDefinitionSequenceItem": (
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    ),
    "RTAccessoryHolderSlotExistenceFlag": (
        "dicomodel.enums.rt_accessory_holder_slot_existence_flag",
        "RTAccessoryHolderSlotExistenceFlag",
    ),
    "RTAccessoryHolderSlotSequenceItem": (
        "dicomodel.items.rt_accessory_holder_slot_sequence_item",
        "RTAccessoryHolderSlotSequenceItem",
    ),
    "RTBeamLimitingDeviceDefinitionSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
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
