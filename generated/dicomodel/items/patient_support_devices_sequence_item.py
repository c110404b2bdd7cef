"""Item class PatientSupportDevicesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as _DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as _ConceptualVolumeSegmentationReferenceAndCombinationItem,
    )
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConceptualVolumeSegmentationReferenceAndCombinationItem = Lazy(
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    )
    _DeviceAlternateIdentifierTypeTerm = Lazy(
        "dicomodel.enums.device_alternate_identifier_type", "DeviceAlternateIdentifierTypeTerm"
    )
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

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
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
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
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PatientSupportDevicesSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "UDISequenceItem",
]


class PatientSupportDevicesSequenceItem(DicomModel):
    """An item of Patient Support Devices Sequence (300A,0686), as first defined in RT Patient Support Devices Macro Attributes (C.36.2.2.2-1)."""

    dicom_name: ClassVar[str] = "Patient Support Devices Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.2-1"

    DeviceIndex: Annotated[vr.US, Attribute(0x30100039, "US", "1", "1", name="Device Index")]
    """Device Index (3010,0039): Type 1, VR US, VM 1. Index of the Device in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the device."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "2", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 2, VR LO, VM 1. Manufacturer's model name of the device."""

    ManufacturerModelVersion: Annotated[
        vr.LO | None, Attribute(0x3010001A, "LO", "1", "2", name="Manufacturer's Model Version")
    ]
    """Manufacturer's Model Version (3010,001A): Type 2, VR LO, VM 1. A version number of the Manufacturer's model of the device."""

    DeviceTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x3010002E, "SQ", "1", "1", name="Device Type Code Sequence"),
    ]
    """Device Type Code Sequence (3010,002E): Type 1, VR SQ, VM 1. The type of the device. Only a single Item shall be included in this Sequence."""

    DeviceLabel: Annotated[vr.LO, Attribute(0x3010002D, "LO", "1", "1", name="Device Label")]
    """Device Label (3010,002D): Type 1, VR LO, VM 1. User-defined label for this device."""

    LongDeviceDescription: Annotated[
        vr.ST | None, Attribute(0x00500021, "ST", "1", "3", name="Long Device Description")
    ] = None
    """Long Device Description (0050,0021): Type 3, VR ST, VM 1. User-defined description for this device."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "2", name="Device Serial Number")
    ]
    """Device Serial Number (0018,1000): Type 2, VR LO, VM 1. Manufacturer's serial number of the device."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "2", name="Software Versions")
    ]
    """Software Versions (0018,1020): Type 2, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the device was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the device was installed in its current location. The device may or may not have been used prior to installation in its current location."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the device. One or more Items are permitted in this Sequence. Multiple Items may be present if the entire equipment has UDIs issued by different Issuing Authorities."""

    ManufacturerDeviceIdentifier: Annotated[
        vr.ST | None, Attribute(0x30100043, "ST", "1", "2", name="Manufacturer's Device Identifier")
    ]
    """Manufacturer's Device Identifier (3010,0043): Type 2, VR ST, VM 1. An identifier issued by the manufacturer. See Note."""

    DeviceAlternateIdentifier: Annotated[
        vr.UC | None, Attribute(0x3010001B, "UC", "1", "2", name="Device Alternate Identifier")
    ]
    """Device Alternate Identifier (3010,001B): Type 2, VR UC, VM 1. An identifier intended to be read by a device such as a bar code reader."""

    DeviceAlternateIdentifierType: Annotated[
        _DeviceAlternateIdentifierTypeTerm | vr.CS | None,
        Attribute(
            0x3010001C,
            "CS",
            "1",
            "1C",
            name="Device Alternate Identifier Type",
            when=("has_value", 0x3010001B),
        ),
    ] = None
    """Device Alternate Identifier Type (3010,001C): Type 1C, VR CS, VM 1. Required if Device Alternate Identifier (3010,001B) has a value. Defines the type of Device Alternate Identifier. Required if Device Alternate Identifier (3010,001B) has a value. Defined Terms: BARCODE RFID"""

    DeviceAlternateIdentifierFormat: Annotated[
        vr.LT | None,
        Attribute(
            0x3010001D,
            "LT",
            "1",
            "1C",
            name="Device Alternate Identifier Format",
            when=("has_value", 0x3010001B),
        ),
    ] = None
    """Device Alternate Identifier Format (3010,001D): Type 1C, VR LT, VM 1. Required if Device Alternate Identifier (3010,001B) has a value. Description of the format in which the Device Alternate Identifier (3010,001B) is issued. Required if Device Alternate Identifier (3010,001B) has a value. See Section 10.36.1.1."""

    ConceptualVolumeSequence: Annotated[
        list[_ConceptualVolumeSegmentationReferenceAndCombinationItem] | None,
        Attribute(0x30100025, "SQ", "1", "2", name="Conceptual Volume Sequence"),
    ]
    """Conceptual Volume Sequence (3010,0025): Type 2, VR SQ, VM 1. References a conceptual volume that describes the geometry and properties of the patient support device. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
