"""Item class PaletteColorLookupTableItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PaletteColorLookupTableItem as PaletteColorLookupTableItem

__all__ = ["PaletteColorLookupTableItem"]
