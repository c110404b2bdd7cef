"""Related Information Entities Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as _ReferencedStudySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ReferencedStudySequenceItem = Lazy(
        "dicomodel.items.referenced_study_sequence_item", "ReferencedStudySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "RelatedInformationEntitiesMacro",
]


class RelatedInformationEntitiesMacro(DicomModel):
    """Related Information Entities Macro Attributes (PS3.3 Table 10.37-1)."""

    dicom_name: ClassVar[str] = "Related Information Entities"
    dicom_table: ClassVar[str] = "table_10.37-1"

    PurposeOfReferenceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. Describes the purpose for which the references are made. Only a single Item shall be included in this Sequence."""

    ReferencedStudySequence: Annotated[
        list[_ReferencedStudySequenceItem],
        Attribute(0x00081110, "SQ", "1", "1", name="Referenced Study Sequence"),
    ]
    """Referenced Study Sequence (0008,1110): Type 1, VR SQ, VM 1. Studies which are relevant for the invocation context. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.referenced_study_sequence_item",
        "ReferencedStudySequenceItem",
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
