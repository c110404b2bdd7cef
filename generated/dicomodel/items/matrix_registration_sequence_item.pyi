"""Item class MatrixRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as RegistrationTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MatrixRegistrationSequenceItem as MatrixRegistrationSequenceItem
from dicomodel.items import MatrixSequenceItem as MatrixSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "MappingResourceTerm",
    "MatrixRegistrationSequenceItem",
    "MatrixSequenceItem",
    "RegistrationTypeCodeSequenceItem",
]
