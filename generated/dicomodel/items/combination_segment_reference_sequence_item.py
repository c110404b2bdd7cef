"""Item class CombinationSegmentReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlagValue as _ConceptualVolumeCombinationFlagValue,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlagValue as _ConceptualVolumeSegmentationDefinedFlagValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as _ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as _ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as _DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as _EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConceptualVolumeCombinationFlagValue = Lazy(
        "dicomodel.enums.conceptual_volume_combination_flag", "ConceptualVolumeCombinationFlagValue"
    )
    _ConceptualVolumeConstituentSegmentationReferenceSequenceItem = Lazy(
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    )
    _ConceptualVolumeConstituentSequenceItem = Lazy(
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    )
    _ConceptualVolumeSegmentationDefinedFlagValue = Lazy(
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlagValue",
    )
    _DerivationConceptualVolumeSequenceItem = Lazy(
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    )
    _EquivalentConceptualVolumesSequenceItem = Lazy(
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
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
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
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

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "CombinationSegmentReferenceSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]


class CombinationSegmentReferenceSequenceItem(DicomModel):
    """An item of Combination Segment Reference Sequence (3010,0024), as first defined in Segment Reference Module Attributes (C.36.9-1)."""

    dicom_name: ClassVar[str] = "Combination Segment Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.36.9-1"

    ConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x30100006, "UI", "1", "1", name="Conceptual Volume UID")
    ]
    """Conceptual Volume UID (3010,0006): Type 1, VR UI, VM 1. A UID identifying the Conceptual Volume."""

    OriginatingSOPInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x30100007,
            "SQ",
            "1",
            "1C",
            name="Originating SOP Instance Reference Sequence",
            when=("unknown", "depends on where the UID was issued"),
        ),
    ] = None
    """Originating SOP Instance Reference Sequence (3010,0007): Type 1C, VR SQ, VM 1. Required when Conceptual Volume UID (3010,0006) was not issued in the current SOP Instance, but read from another SOP Instance. Reference to the SOP Instance that contains the original definition of this Conceptual Volume identified by Conceptual Volume UID (3010,0006)."""

    EquivalentConceptualVolumesSequence: Annotated[
        list[_EquivalentConceptualVolumesSequenceItem] | None,
        Attribute(0x3010000A, "SQ", "1", "3", name="Equivalent Conceptual Volumes Sequence"),
    ] = None
    """Equivalent Conceptual Volumes Sequence (3010,000A): Type 3, VR SQ, VM 1. References one or more existing Conceptual Volumes that represent the same concept as the current Conceptual Volume. This Sequence might be used when Conceptual Volume references of existing SOP Instances are retrospectively identified as r..."""

    DerivationConceptualVolumeSequence: Annotated[
        list[_DerivationConceptualVolumeSequenceItem] | None,
        Attribute(0x30100014, "SQ", "1", "3", name="Derivation Conceptual Volume Sequence"),
    ] = None
    """Derivation Conceptual Volume Sequence (3010,0014): Type 3, VR SQ, VM 1. Description of a Conceptual Volume that was used to derive this Conceptual Volume. Only a single Item is permitted in this Sequence."""

    ConceptualVolumeCombinationFlag: Annotated[
        _ConceptualVolumeCombinationFlagValue,
        Attribute(
            0x3010000E,
            "CS",
            "1",
            "1",
            name="Conceptual Volume Combination Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Conceptual Volume Combination Flag (3010,000E): Type 1, VR CS, VM 1. Indication that this Conceptual Volume is a combination of other Conceptual Volumes. Enumerated Values: YES NO"""

    ConceptualVolumeConstituentSequence: Annotated[
        list[_ConceptualVolumeConstituentSequenceItem] | None,
        Attribute(
            0x30100008,
            "SQ",
            "1",
            "1C",
            name="Conceptual Volume Constituent Sequence",
            when=("value", 0x3010000E, 0, "in", ("YES",)),
        ),
    ] = None
    """Conceptual Volume Constituent Sequence (3010,0008): Type 1C, VR SQ, VM 1. Required if Conceptual Volume Combination Flag (3010,000E) equals YES. References to Conceptual Volumes which are constituents of this Conceptual Volume. See Section 10.34.1.1. Required if Conceptual Volume Combination Flag (3010,000E) equals YES. One or more Items shall be included in this Sequence."""

    ConceptualVolumeCombinationExpression: Annotated[
        vr.UT | None,
        Attribute(
            0x3010000C,
            "UT",
            "1",
            "1C",
            name="Conceptual Volume Combination Expression",
            when=("value", 0x3010000E, 0, "in", ("YES",)),
        ),
    ] = None
    """Conceptual Volume Combination Expression (3010,000C): Type 1C, VR UT, VM 1. Required if Conceptual Volume Combination Flag (3010,000E) equals YES. Symbolic expression specifying the combination of Conceptual Volumes as a text string consisting of Conceptual Volume Constituent Index (3010,000D) values, combination operators and parentheses."""

    ConceptualVolumeCombinationDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x3010000F,
            "ST",
            "1",
            "2C",
            name="Conceptual Volume Combination Description",
            when=("value", 0x3010000E, 0, "in", ("YES",)),
        ),
    ] = None
    """Conceptual Volume Combination Description (3010,000F): Type 2C, VR ST, VM 1. Required if Conceptual Volume Combination Flag (3010,000E) equals YES. Human-readable description of the combination of Conceptual Volumes. This information is intended for display and shall not be used for structured processing. Required if Conceptual Volume Combination Flag (3010,000E) equals YES."""

    ConceptualVolumeSegmentationDefinedFlag: Annotated[
        _ConceptualVolumeSegmentationDefinedFlagValue,
        Attribute(
            0x30100010,
            "CS",
            "1",
            "1",
            name="Conceptual Volume Segmentation Defined Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Conceptual Volume Segmentation Defined Flag (3010,0010): Type 1, VR CS, VM 1. Indication that there are defined segmentations for this Conceptual Volume. Enumerated Values: YES NO"""

    ConceptualVolumeSegmentationReferenceSequence: Annotated[
        list[_ConceptualVolumeConstituentSegmentationReferenceSequenceItem] | None,
        Attribute(
            0x30100011,
            "SQ",
            "1",
            "1C",
            name="Conceptual Volume Segmentation Reference Sequence",
            when=(
                "and",
                ("value", 0x30100010, 0, "in", ("YES",)),
                ("value", 0x3010000E, 0, "in", ("NO",)),
            ),
        ),
    ] = None
    """Conceptual Volume Segmentation Reference Sequence (3010,0011): Type 1C, VR SQ, VM 1. Required when Conceptual Volume Segmentation Defined Flag (3010,0010) equals YES and Conceptual Volume Combination Flag (3010,000E) equals NO. Contains a segmented representation of the Conceptual Volume. Required when Conceptual Volume Segmentation Defined Flag (3010,0010) equals YES and Conceptual Volume Combination Flag (3010,000E) equals NO."""

    SegmentedPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00620003, "SQ", "1", "2", name="Segmented Property Category Code Sequence"),
    ]
    """Segmented Property Category Code Sequence (0062,0003): Type 2, VR SQ, VM 1. Sequence defining the general category of the property the segment combination represents. Zero or one Item shall be included in this Sequence."""

    SegmentedPropertyTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0062000F,
            "SQ",
            "1",
            "1C",
            name="Segmented Property Type Code Sequence",
            when=("has_value", 0x00620003),
        ),
    ] = None
    """Segmented Property Type Code Sequence (0062,000F): Type 1C, VR SQ, VM 1. Required if Segmented Property Category Code Sequence (0062,0003) has a value. Sequence defining the modifier of the property type the segment combination represents. Required if Segmented Property Category Code Sequence (0062,0003) has a value. Only a single Item shall be included in this Sequence."""


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
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
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
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
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
