"""Item class DeformableRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
)
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as RegistrationTypeCodeSequenceItem
from dicomodel.items import (
    DeformableRegistrationGridSequenceItem as DeformableRegistrationGridSequenceItem,
)
from dicomodel.items import DeformableRegistrationSequenceItem as DeformableRegistrationSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import MatrixSequenceItem as PreDeformationMatrixRegistrationSequenceItem
from dicomodel.items import (
    PostDeformationMatrixRegistrationSequenceItem as PostDeformationMatrixRegistrationSequenceItem,
)
from dicomodel.items import UsedFiducialsSequenceItem as UsedFiducialsSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeformableRegistrationGridSequenceItem",
    "DeformableRegistrationSequenceItem",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "MappingResourceTerm",
    "PostDeformationMatrixRegistrationSequenceItem",
    "PreDeformationMatrixRegistrationSequenceItem",
    "ReferencedImageSequenceItem",
    "RegistrationTypeCodeSequenceItem",
    "UsedFiducialsSequenceItem",
]
