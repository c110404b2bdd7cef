"""Item class EnhancedPaletteColorLookupTableSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import AlphaLUTTransferFunctionValue as _AlphaLUTTransferFunctionValue
from dicomodel.enums import DataPathID as DataPathID
from dicomodel.enums import DataPathIDValue as _DataPathIDValue
from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.enums import RGBLUTTransferFunctionValue as _RGBLUTTransferFunctionValue
from dicomodel.items import (
    EnhancedPaletteColorLookupTableSequenceItem as EnhancedPaletteColorLookupTableSequenceItem,
)

__all__ = [
    "AlphaLUTTransferFunction",
    "DataPathID",
    "EnhancedPaletteColorLookupTableSequenceItem",
    "RGBLUTTransferFunction",
]
