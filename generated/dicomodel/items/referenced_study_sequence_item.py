"""Item class ReferencedStudySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as _ReferencedSeriesSequenceItemRelatedInformationEntities,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItemRelatedInformationEntities = Lazy(
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
]


class ReferencedStudySequenceItem(DicomModel):
    """An item of Referenced Study Sequence (0008,1110), as first defined in Related Information Entities Macro Attributes (10.37-1)."""

    dicom_name: ClassVar[str] = "Referenced Study Sequence"
    dicom_table: ClassVar[str] = "table_10.37-1"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Uniquely identifies the referenced Study."""

    PertinentSOPClassesInStudy: Annotated[
        list[vr.UI] | None,
        Attribute(0x30100052, "UI", "1-n", "3", name="Pertinent SOP Classes in Study"),
    ] = None
    """Pertinent SOP Classes in Study (3010,0052): Type 3, VR UI, VM 1-n. The SOP Classes in the Study which are relevant for the invocation context. If not present, all SOP Instances included in the referenced Study are considered relevant."""

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItemRelatedInformationEntities] | None,
        Attribute(0x00081115, "SQ", "1", "3", name="Referenced Series Sequence"),
    ] = None
    """Referenced Series Sequence (0008,1115): Type 3, VR SQ, VM 1. Series which are relevant for the invocation context. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
