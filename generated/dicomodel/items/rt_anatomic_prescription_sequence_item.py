"""Item class RTAnatomicPrescriptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_blocking_constraint import (
        ConceptualVolumeBlockingConstraintValue as _ConceptualVolumeBlockingConstraintValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as _ConceptualVolumeSegmentationReferenceAndCombinationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConceptualVolumeBlockingConstraintValue = Lazy(
        "dicomodel.enums.conceptual_volume_blocking_constraint",
        "ConceptualVolumeBlockingConstraintValue",
    )
    _ConceptualVolumeSegmentationReferenceAndCombinationItem = Lazy(
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_blocking_constraint import (
        ConceptualVolumeBlockingConstraint as ConceptualVolumeBlockingConstraint,
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
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem,
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
    "ConceptualVolumeBlockingConstraint",
    "ConceptualVolumeCategoryCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConceptualVolumeTypeCodeSequenceItem",
    "ConceptualVolumeTypeModifierCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "RTAnatomicPrescriptionSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
]


class RTAnatomicPrescriptionSequenceItem(DicomModel):
    """An item of RT Anatomic Prescription Sequence (3010,0060), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "RT Anatomic Prescription Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    EntityLabel: Annotated[vr.SH, Attribute(0x30100035, "SH", "1", "1", name="Entity Label")]
    """Entity Label (3010,0035): Type 1, VR SH, VM 1. User-defined label for this entity. See Section 10.31.1.1."""

    EntityName: Annotated[
        vr.LO | None, Attribute(0x30100036, "LO", "1", "3", name="Entity Name")
    ] = None
    """Entity Name (3010,0036): Type 3, VR LO, VM 1. User-defined name for this entity. See Section 10.31.1.2."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    TherapeuticRoleCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x30100064, "SQ", "1", "1", name="Therapeutic Role Category Code Sequence"),
    ]
    """Therapeutic Role Category Code Sequence (3010,0064): Type 1, VR SQ, VM 1. The general category of the therapeutic role of this anatomic region. Only a single Item shall be included in this Sequence."""

    TherapeuticRoleTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x30100065, "SQ", "1", "1", name="Therapeutic Role Type Code Sequence"),
    ]
    """Therapeutic Role Type Code Sequence (3010,0065): Type 1, VR SQ, VM 1. The specific property type of the therapeutic role of this anatomic region. Only a single Item shall be included in this Sequence. See Section C.36.6.1.1."""

    ConceptualVolumeOptimizationPrecedence: Annotated[
        vr.US | None,
        Attribute(0x30100066, "US", "1", "2", name="Conceptual Volume Optimization Precedence"),
    ]
    """Conceptual Volume Optimization Precedence (3010,0066): Type 2, VR US, VM 1. Value used to resolve usage of overlapping regions of Conceptual Volumes during dose optimization. An overlapping region is part of the Conceptual Volume(s) with the lowest number."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. A default triplet value in which it is recommended that the anatomy be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    ConceptualVolumeBlockingConstraint: Annotated[
        _ConceptualVolumeBlockingConstraintValue | None,
        Attribute(
            0x30100068,
            "CS",
            "1",
            "2",
            name="Conceptual Volume Blocking Constraint",
            enumerated=((0, ("NONE", "UPSTREAM", "DOWNSTREAM", "TOTAL")),),
        ),
    ]
    """Conceptual Volume Blocking Constraint (3010,0068): Type 2, VR CS, VM 1. Constraints on primary radiation passing through the current Conceptual Volume. Enumerated Values: NONE No constraint. UPSTREAM The optimization is constrained to minimize primary radiation from the source passing through the current Concep..."""

    ConceptualVolumeCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100067, "SQ", "1", "2", name="Conceptual Volume Category Code Sequence"),
    ]
    """Conceptual Volume Category Code Sequence (3010,0067): Type 2, VR SQ, VM 1. The general category of this Conceptual Volume for radiotherapy purposes. Zero or one Item shall be included in this Sequence."""

    ConceptualVolumeTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30100069,
            "SQ",
            "1",
            "1C",
            name="Conceptual Volume Type Code Sequence",
            when=("items", 0x30100067, "==", 1),
        ),
    ] = None
    """Conceptual Volume Type Code Sequence (3010,0069): Type 1C, VR SQ, VM 1. Required if Conceptual Volume Category Code Sequence (3010,0067) sequence contains one Item. The specific type of this Conceptual Volume for radiotherapy purposes. Only a single Item shall be included in this Sequence. Required if Conceptual Volume Category Code Sequence (3010,0067) sequence contains one Item."""

    ConceptualVolumeTypeModifierCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3010006A, "SQ", "1", "3", name="Conceptual Volume Type Modifier Code Sequence"),
    ] = None
    """Conceptual Volume Type Modifier Code Sequence (3010,006A): Type 3, VR SQ, VM 1. The modifier of the specific type of this Conceptual Volume for radiotherapy purposes. Only a single Item is permitted in this Sequence."""

    ConceptualVolumeSequence: Annotated[
        list[_ConceptualVolumeSegmentationReferenceAndCombinationItem],
        Attribute(0x30100025, "SQ", "1", "1", name="Conceptual Volume Sequence"),
    ]
    """Conceptual Volume Sequence (3010,0025): Type 1, VR SQ, VM 1. Conceptual Volume for which therapeutic goals are prescribed. See Section C.36.6.1.3. Only a single Item shall be included in this Sequence."""

    ConceptualVolumeDescription: Annotated[
        vr.ST | None, Attribute(0x30100017, "ST", "1", "2", name="Conceptual Volume Description")
    ]
    """Conceptual Volume Description (3010,0017): Type 2, VR ST, VM 1. Description of the Conceptual Volume."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeBlockingConstraint": (
        "dicomodel.enums.conceptual_volume_blocking_constraint",
        "ConceptualVolumeBlockingConstraint",
    ),
    "ConceptualVolumeCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "ConceptualVolumeTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptualVolumeTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "TherapeuticRoleCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TherapeuticRoleTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
