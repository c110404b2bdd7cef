"""Item class ReferencedSurfaceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SegmentSurfaceSourceInstanceSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSurfaceSequenceItem",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem",
    "SegmentSurfaceSourceInstanceSequenceItem",
]


class ReferencedSurfaceSequenceItem(DicomModel):
    """An item of Referenced Surface Sequence (0066,002B), as first defined in Surface Segmentation Module Attributes (C.8.23-1)."""

    dicom_name: ClassVar[str] = "Referenced Surface Sequence"
    dicom_table: ClassVar[str] = "table_C.8.23-1"

    ReferencedSurfaceNumber: Annotated[
        vr.UL, Attribute(0x0066002C, "UL", "1", "1", name="Referenced Surface Number")
    ]
    """Referenced Surface Number (0066,002C): Type 1, VR UL, VM 1. Identifies the Surface Number (0066,0003) within the Surface Sequence (0066,0002) to which this reference applies."""

    SegmentSurfaceGenerationAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem],
        Attribute(
            0x0066002D,
            "SQ",
            "1",
            "1",
            name="Segment Surface Generation Algorithm Identification Sequence",
        ),
    ]
    """Segment Surface Generation Algorithm Identification Sequence (0066,002D): Type 1, VR SQ, VM 1. A description of how this segment surface was derived. One or more Items shall be included in this Sequence."""

    SegmentSurfaceSourceInstanceSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(0x0066002E, "SQ", "1", "2", name="Segment Surface Source Instance Sequence"),
    ]
    """Segment Surface Source Instance Sequence (0066,002E): Type 2, VR SQ, VM 1. A Sequence that identifies the set of Instances by their SOP Class/Instance pair that were used to derive this segment surface. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "SegmentSurfaceSourceInstanceSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
