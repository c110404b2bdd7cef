"""Item class ReferencedImageSequenceItemImageAcquisitionResults.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.specimen_description_sequence_item_image_acquisition_results import (
        SpecimenDescriptionSequenceItemImageAcquisitionResults as _SpecimenDescriptionSequenceItemImageAcquisitionResults,
    )
else:
    from dicomodel.lazy import Lazy

    _SpecimenDescriptionSequenceItemImageAcquisitionResults = Lazy(
        "dicomodel.items.specimen_description_sequence_item_image_acquisition_results",
        "SpecimenDescriptionSequenceItemImageAcquisitionResults",
    )

if TYPE_CHECKING:
    from dicomodel.items.specimen_description_sequence_item_image_acquisition_results import (
        SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItem,
    )

__all__ = [
    "ReferencedImageSequenceItemImageAcquisitionResults",
    "SpecimenDescriptionSequenceItem",
]


class ReferencedImageSequenceItemImageAcquisitionResults(DicomModel):
    """An item of Referenced Image Sequence (0008,1140), as first defined in Image Acquisition Results Module Attributes (C.4-15)."""

    dicom_name: ClassVar[str] = "Referenced Image Sequence"
    dicom_table: ClassVar[str] = "table_C.4-15"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ContainerIdentifier: Annotated[
        vr.LO | None, Attribute(0x00400512, "LO", "1", None, name="Container Identifier")
    ] = None
    """Container Identifier (0040,0512): no Type, VR LO, VM 1. The identifier for the container that contains the specimen(s) imaged."""

    SpecimenDescriptionSequence: Annotated[
        list[_SpecimenDescriptionSequenceItemImageAcquisitionResults] | None,
        Attribute(0x00400560, "SQ", "1", None, name="Specimen Description Sequence"),
    ] = None
    """Specimen Description Sequence (0040,0560): no Type, VR SQ, VM 1. Sequence of identifiers and detailed description of the specimen(s) imaged. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_image_acquisition_results",
        "SpecimenDescriptionSequenceItemImageAcquisitionResults",
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
