"""Item class MRTransmitCoilSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TransmitCoilTypeTerm as TransmitCoilTypeTerm
from dicomodel.items import MRTransmitCoilSequenceItem as MRTransmitCoilSequenceItem

__all__ = ["MRTransmitCoilSequenceItem", "TransmitCoilTypeTerm"]
