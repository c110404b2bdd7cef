"""Item class ReferencedSOPInstanceMACSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.items import (
    ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
)

__all__ = ["MACAlgorithmTerm", "ReferencedSOPInstanceMACSequenceItem"]
