"""Item class EnhancedPaletteColorLookupTableSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import DataPathID as DataPathID
from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.items import (
    EnhancedPaletteColorLookupTableSequenceItem as EnhancedPaletteColorLookupTableSequenceItem,
)

__all__ = [
    "AlphaLUTTransferFunction",
    "DataPathID",
    "EnhancedPaletteColorLookupTableSequenceItem",
    "RGBLUTTransferFunction",
]
