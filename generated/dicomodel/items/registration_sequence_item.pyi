"""Item class RegistrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as RegistrationTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import MatrixRegistrationSequenceItem as MatrixRegistrationSequenceItem
from dicomodel.items import MatrixSequenceItem as MatrixSequenceItem
from dicomodel.items import RegistrationSequenceItem as RegistrationSequenceItem
from dicomodel.items import UsedFiducialsSequenceItem as UsedFiducialsSequenceItem
from dicomodel.items import UsedRTStructureSetROISequenceItem as UsedRTStructureSetROISequenceItem
from dicomodel.items import UsedSegmentsSequenceItem as UsedSegmentsSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "MappingResourceTerm",
    "MatrixRegistrationSequenceItem",
    "MatrixSequenceItem",
    "ReferencedImageSequenceItem",
    "RegistrationSequenceItem",
    "RegistrationTypeCodeSequenceItem",
    "UsedFiducialsSequenceItem",
    "UsedRTStructureSetROISequenceItem",
    "UsedSegmentsSequenceItem",
]
