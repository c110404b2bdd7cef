"""Enumerated Values and Defined Terms of Value Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import ValueTypeDocumentContent as ValueTypeDocumentContent
from dicomodel.enums import ValueTypeDocumentContentValue as ValueTypeDocumentContentValue
from dicomodel.enums import ValueTypeEncapsulatedDocument as ValueTypeEncapsulatedDocument
from dicomodel.enums import ValueTypeEncapsulatedDocumentValue as ValueTypeEncapsulatedDocumentValue
from dicomodel.enums import ValueTypeValue as ValueTypeValue

__all__ = [
    "ValueType",
    "ValueTypeDocumentContent",
    "ValueTypeDocumentContentValue",
    "ValueTypeEncapsulatedDocument",
    "ValueTypeEncapsulatedDocumentValue",
    "ValueTypeValue",
]
