"""Item class ParallelRTBeamDelimiterDeviceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
]
