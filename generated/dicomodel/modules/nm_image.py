"""NM Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTerm as _AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirectionValue as _ScanProgressionDirectionValue,
    )
    from dicomodel.enums.trigger_source_or_type import (
        TriggerSourceOrTypeTerm as _TriggerSourceOrTypeTerm,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as _RealWorldValueMappingItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionTerminationConditionTerm = Lazy(
        "dicomodel.enums.acquisition_termination_condition", "AcquisitionTerminationConditionTerm"
    )
    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _RealWorldValueMappingItem = Lazy(
        "dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"
    )
    _ScanProgressionDirectionValue = Lazy(
        "dicomodel.enums.scan_progression_direction", "ScanProgressionDirectionValue"
    )
    _TriggerSourceOrTypeTerm = Lazy(
        "dicomodel.enums.trigger_source_or_type", "TriggerSourceOrTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTerm as AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirection as ScanProgressionDirection,
    )
    from dicomodel.enums.trigger_source_or_type import (
        TriggerSourceOrTypeTerm as TriggerSourceOrTypeTerm,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as QuantityDefinitionSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as RealWorldValueMappingSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AcquisitionTerminationConditionTerm",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NMImageModule",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScanProgressionDirection",
    "TriggerSourceOrTypeTerm",
    "ValueType",
]


class NMImageModule(DicomModel):
    """NM Image Module Attributes (PS3.3 Table C.8-9)."""

    dicom_name: ClassVar[str] = "NM Image"
    dicom_table: ClassVar[str] = "table_C.8-9"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=(
                (
                    3,
                    (
                        "STATIC",
                        "DYNAMIC",
                        "GATED",
                        "WHOLE BODY",
                        "TOMO",
                        "GATED TOMO",
                        "RECON TOMO",
                        "RECON GATED TOMO",
                    ),
                ),
                (4, ("EMISSION", "TRANSMISSION")),
            ),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.4.9.1.1 for specialization."""

    ImageID: Annotated[vr.SH | None, Attribute(0x00540400, "SH", "1", "3", name="Image ID")] = None
    """Image ID (0054,0400): Type 3, VR SH, VM 1. User or equipment generated Image identifier."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("unknown", "depends on lossy compression"),
            otherwise="may",
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if Lossy Compression has been performed on the Image. May be present otherwise. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    CountsAccumulated: Annotated[
        vr.IS | None, Attribute(0x00180070, "IS", "1", "2", name="Counts Accumulated")
    ]
    """Counts Accumulated (0018,0070): Type 2, VR IS, VM 1. Sum of all gamma events for all frames in the image. See Section C.8.4.9.1.2 for specialization."""

    AcquisitionTerminationCondition: Annotated[
        _AcquisitionTerminationConditionTerm | vr.CS | None,
        Attribute(0x00180071, "CS", "1", "3", name="Acquisition Termination Condition"),
    ] = None
    """Acquisition Termination Condition (0018,0071): Type 3, VR CS, VM 1. Description of how the data collection was stopped. Defined Terms: CNTS counts DENS density MANU manual OVFL data overflow TIME time TRIG physiological trigger See Section C.8.4.9.1.3 for specialization."""

    TableHeight: Annotated[
        vr.DS | None, Attribute(0x00181130, "DS", "1", "3", name="Table Height")
    ] = None
    """Table Height (0018,1130): Type 3, VR DS, VM 1. The height of the patient table in mm. The range and values of this element are determined by the manufacturer. Should not be included if Image Type (0008,0008), Value 3, is TOMO, GATED TOMO, RECON TOMO or RECON GATED TOMO."""

    TableTraverse: Annotated[
        vr.DS | None, Attribute(0x00181131, "DS", "1", "3", name="Table Traverse")
    ] = None
    """Table Traverse (0018,1131): Type 3, VR DS, VM 1. Location of the patient table (or gantry relative to the table) in mm. The range and values of this element are determined by the manufacturer."""

    ActualFrameDuration: Annotated[
        vr.IS | None,
        Attribute(
            0x00181242,
            "IS",
            "1",
            "1C",
            name="Actual Frame Duration",
            when=("value", 0x00080008, 3, "in", ("WHOLE BODY", "STATIC")),
        ),
    ] = None
    """Actual Frame Duration (0018,1242): Type 1C, VR IS, VM 1. Required if Image Type (0008,0008) Value 3 is: WHOLE BODY or STATIC. Elapsed time for data acquisition in msec. Required if Image Type (0008,0008) Value 3 is: WHOLE BODY or STATIC. See Section C.8.4.9.1.4 for specialization."""

    CountRate: Annotated[vr.IS | None, Attribute(0x00181243, "IS", "1", "3", name="Count Rate")] = (
        None
    )
    """Count Rate (0018,1243): Type 3, VR IS, VM 1. Maximum count rate achieved during the acquisition in counts/sec."""

    ProcessingFunction: Annotated[
        vr.LO | None, Attribute(0x00185020, "LO", "1", "3", name="Processing Function")
    ] = None
    """Processing Function (0018,5020): Type 3, VR LO, VM 1. Code or description of processing functions applied to the data."""

    CorrectedImage: Annotated[
        list[vr.CS] | None, Attribute(0x00280051, "CS", "1-n", "3", name="Corrected Image")
    ] = None
    """Corrected Image (0028,0051): Type 3, VR CS, VM 1-n. One or more values that indicate which, if any, corrections have been applied to the image. Corrections are applied to all frames in the image."""

    WholeBodyTechnique: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00181301,
            "CS",
            "1-n",
            "3",
            name="Whole Body Technique",
            enumerated=((0, ("1PS", "2PS", "PCN", "MSP")),),
        ),
    ] = None
    """Whole Body Technique (0018,1301): Type 3, VR CS, VM 1-n. The type of scan performed. Used only if Image Type (0008,0008), Value 3, contains the value WHOLE BODY. Enumerated Values: 1PS one pass 2PS two pass PCN patient contour following employed MSP multiple static frames collected into a whole b..."""

    ScanVelocity: Annotated[
        vr.DS | None,
        Attribute(
            0x00181300,
            "DS",
            "1",
            "2C",
            name="Scan Velocity",
            when=("value", 0x00080008, 3, "in", ("WHOLE BODY",)),
        ),
    ] = None
    """Scan Velocity (0018,1300): Type 2C, VR DS, VM 1. Required if Image Type (0008,0008) Value 3 contains the value WHOLE BODY. The speed of the camera motion over the body in mm/sec. Required if Image Type (0008,0008) Value 3 contains the value WHOLE BODY."""

    ScanLength: Annotated[
        vr.IS | None,
        Attribute(
            0x00181302,
            "IS",
            "1",
            "2C",
            name="Scan Length",
            when=("value", 0x00080008, 3, "in", ("WHOLE BODY",)),
        ),
    ] = None
    """Scan Length (0018,1302): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 3 contains the value WHOLE BODY. Size of the imaged area in the direction of scanning motion, in mm. Required if Image Type (0008,0008) Value 3 contains the value WHOLE BODY."""

    TriggerSourceOrType: Annotated[
        _TriggerSourceOrTypeTerm | vr.LO | None,
        Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type"),
    ] = None
    """Trigger Source or Type (0018,1061): Type 3, VR LO, VM 1. Text indicating trigger source. Defined Terms: EKG"""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item is permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    RealWorldValueMappingSequence: Annotated[
        list[_RealWorldValueMappingItem] | None,
        Attribute(0x00409096, "SQ", "1", "3", name="Real World Value Mapping Sequence"),
    ] = None
    """Real World Value Mapping Sequence (0040,9096): Type 3, VR SQ, VM 1. The mapping of stored values to associated Real World Values. One or more Items are permitted in this Sequence."""

    ScanProgressionDirection: Annotated[
        _ScanProgressionDirectionValue | None,
        Attribute(
            0x00540501,
            "CS",
            "1",
            "3",
            name="Scan Progression Direction",
            enumerated=((0, ("FEET_TO_HEAD", "HEAD_TO_FEET")),),
        ),
    ] = None
    """Scan Progression Direction (0054,0501): Type 3, VR CS, VM 1. The anatomical order in which the slices were acquired. Enumerated Values: FEET_TO_HEAD Slices closest to the patient's feet were acquired first. HEAD_TO_FEET Slices closest to the patient's head were acquired first."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionTerminationConditionTerm": (
        "dicomodel.enums.acquisition_termination_condition",
        "AcquisitionTerminationConditionTerm",
    ),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "QuantityDefinitionSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "RealWorldValueMappingSequenceItem": (
        "dicomodel.items.real_world_value_mapping_item",
        "RealWorldValueMappingItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ScanProgressionDirection": (
        "dicomodel.enums.scan_progression_direction",
        "ScanProgressionDirection",
    ),
    "TriggerSourceOrTypeTerm": (
        "dicomodel.enums.trigger_source_or_type",
        "TriggerSourceOrTypeTerm",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
