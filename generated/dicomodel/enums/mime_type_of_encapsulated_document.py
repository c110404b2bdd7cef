"""Enumerated Values and Defined Terms of MIME Type of Encapsulated Document.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MIMETypeOfEncapsulatedDocument",
    "MIMETypeOfEncapsulatedDocumentValue",
]


class MIMETypeOfEncapsulatedDocument(StrEnum):
    """Enumerated Values of MIME Type of Encapsulated Document (0042,0012) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    application_pdf = "application/pdf"


if TYPE_CHECKING:
    MIMETypeOfEncapsulatedDocumentValue: TypeAlias = (
        MIMETypeOfEncapsulatedDocument | Literal["application/pdf"]
    )
else:
    MIMETypeOfEncapsulatedDocumentValue = MIMETypeOfEncapsulatedDocument
"""A value of MIMETypeOfEncapsulatedDocument: the enum or the string of one of its members."""
