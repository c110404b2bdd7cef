"""Enumerated Values and Defined Terms of MIME Type of Encapsulated Document.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument
from dicomodel.enums import (
    MIMETypeOfEncapsulatedDocumentValue as MIMETypeOfEncapsulatedDocumentValue,
)

__all__ = ["MIMETypeOfEncapsulatedDocument", "MIMETypeOfEncapsulatedDocumentValue"]
