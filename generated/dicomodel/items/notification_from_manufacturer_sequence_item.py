"""Item class NotificationFromManufacturerSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocumentValue as _MIMETypeOfEncapsulatedDocumentValue,
    )
else:
    from dicomodel.lazy import Lazy

    _MIMETypeOfEncapsulatedDocumentValue = Lazy(
        "dicomodel.enums.mime_type_of_encapsulated_document", "MIMETypeOfEncapsulatedDocumentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument,
    )

__all__ = [
    "MIMETypeOfEncapsulatedDocument",
    "NotificationFromManufacturerSequenceItem",
]


class NotificationFromManufacturerSequenceItem(DicomModel):
    """An item of Notification From Manufacturer Sequence (0068,6265), as first defined in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    dicom_name: ClassVar[str] = "Notification From Manufacturer Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.1-1"

    InformationIssueDateTime: Annotated[
        vr.DT, Attribute(0x00686270, "DT", "1", "1", name="Information Issue DateTime")
    ]
    """Information Issue DateTime (0068,6270): Type 1, VR DT, VM 1. Date and Time the information was issued."""

    InformationSummary: Annotated[
        vr.ST, Attribute(0x00686280, "ST", "1", "1", name="Information Summary")
    ]
    """Information Summary (0068,6280): Type 1, VR ST, VM 1. Summary of the information."""

    EncapsulatedDocument: Annotated[
        vr.OB | None, Attribute(0x00420011, "OB", "1", "3", name="Encapsulated Document")
    ] = None
    """Encapsulated Document (0042,0011): Type 3, VR OB, VM 1. The complete manufacturer notification describing the template. Encapsulated Document stream, containing a document encoded according to the MIME Type."""

    MIMETypeOfEncapsulatedDocument: Annotated[
        _MIMETypeOfEncapsulatedDocumentValue | None,
        Attribute(
            0x00420012,
            "LO",
            "1",
            "1C",
            name="MIME Type of Encapsulated Document",
            enumerated=((0, ("application/pdf",)),),
            when=("present", 0x00420011),
        ),
    ] = None
    """MIME Type of Encapsulated Document (0042,0012): Type 1C, VR LO, VM 1. Required if Encapsulated Document (0042,0011) is present in this Sequence Item. The type of the encapsulated document stream described using the MIME Media Type (see RFC 2046). Required if Encapsulated Document (0042,0011) is present in this Sequence Item. Enumerated Values: application/pdf"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MIMETypeOfEncapsulatedDocument": (
        "dicomodel.enums.mime_type_of_encapsulated_document",
        "MIMETypeOfEncapsulatedDocument",
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
