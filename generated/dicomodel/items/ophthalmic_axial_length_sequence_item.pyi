"""Item class OphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
]
