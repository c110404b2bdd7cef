"""Presence rules of Supplemental Palette Color Lookup Table Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SupplementalPaletteColorLookupTableModule = (
    "table_C.7.6.19-1",
    (
        (
            "RedPaletteColorLookupTableDescriptor",
            Attribute(
                0x00281101, "US or SS", "3", "1", name="Red Palette Color Lookup Table Descriptor"
            ),
            None,
        ),
        (
            "GreenPaletteColorLookupTableDescriptor",
            Attribute(
                0x00281102, "US or SS", "3", "1", name="Green Palette Color Lookup Table Descriptor"
            ),
            None,
        ),
        (
            "BluePaletteColorLookupTableDescriptor",
            Attribute(
                0x00281103, "US or SS", "3", "1", name="Blue Palette Color Lookup Table Descriptor"
            ),
            None,
        ),
        (
            "RedPaletteColorLookupTableData",
            Attribute(0x00281201, "OW", "1", "1", name="Red Palette Color Lookup Table Data"),
            None,
        ),
        (
            "GreenPaletteColorLookupTableData",
            Attribute(0x00281202, "OW", "1", "1", name="Green Palette Color Lookup Table Data"),
            None,
        ),
        (
            "BluePaletteColorLookupTableData",
            Attribute(0x00281203, "OW", "1", "1", name="Blue Palette Color Lookup Table Data"),
            None,
        ),
    ),
)
