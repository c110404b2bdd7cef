"""Item class AdvancedBlendingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import GeometryForDisplay as GeometryForDisplay
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import TimeSeriesBlending as TimeSeriesBlending
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import AdvancedBlendingSequenceItem as AdvancedBlendingSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import (
    HierarchicalSOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
)
from dicomodel.items import PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem
from dicomodel.items import (
    ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
)
from dicomodel.items import (
    ReferencedImageSequenceItemAdvancedBlendingPresentationState as ReferencedImageSequenceItem,
)
from dicomodel.items import (
    ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
)
from dicomodel.items import (
    ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
)
from dicomodel.items import (
    SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as SoftcopyVOILUTSequenceItem,
)
from dicomodel.items import ThresholdSequenceItem as ThresholdSequenceItem
from dicomodel.items import ThresholdValueSequenceItem as ThresholdValueSequenceItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "AdvancedBlendingSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeometryForDisplay",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PaletteColorLookupTableSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "SoftcopyVOILUTSequenceItem",
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
    "TimeSeriesBlending",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]
