"""Item class HierarchicalSOPInstanceReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import (
    HierarchicalSOPInstanceReferenceItem as HierarchicalSOPInstanceReferenceItem,
)
from dicomodel.items import (
    ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
)
from dicomodel.items import (
    ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
)
from dicomodel.items import (
    ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HierarchicalSOPInstanceReferenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
]
