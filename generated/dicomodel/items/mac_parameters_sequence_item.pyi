"""Item class MACParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem

__all__ = ["MACAlgorithmTerm", "MACParametersSequenceItem"]
