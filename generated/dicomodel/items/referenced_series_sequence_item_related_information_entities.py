"""Item class ReferencedSeriesSequenceItemRelatedInformationEntities.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItemRelatedInformationEntities",
]


class ReferencedSeriesSequenceItemRelatedInformationEntities(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Related Information Entities Macro Attributes (10.37-1)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_10.37-1"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Uniquely identifies the referenced Series."""

    PertinentSOPClassesInSeries: Annotated[
        list[vr.UI] | None,
        Attribute(0x30100053, "UI", "1-n", "3", name="Pertinent SOP Classes in Series"),
    ] = None
    """Pertinent SOP Classes in Series (3010,0053): Type 3, VR UI, VM 1-n. The SOP Classes in the Series which are relevant for the invocation context. If not present, all SOP Instances included in the referenced Series are considered relevant."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 3, VR SQ, VM 1. Image SOP Instances which are relevant in the invocation context. One or more Items are permitted for this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Non-Image SOP Instances which are relevant in the invocation context. One or more Items are permitted for this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
