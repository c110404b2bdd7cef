"""Supplemental Palette Color Lookup Table Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SupplementalPaletteColorLookupTableModule",
]


class SupplementalPaletteColorLookupTableModule(DicomModel):
    """Supplemental Palette Color Lookup Table Module Attributes (PS3.3 Table C.7.6.19-1)."""

    dicom_name: ClassVar[str] = "Supplemental Palette Color Lookup Table"
    dicom_table: ClassVar[str] = "table_C.7.6.19-1"

    RedPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS],
        Attribute(
            0x00281101, "US or SS", "3", "1", name="Red Palette Color Lookup Table Descriptor"
        ),
    ]
    """Red Palette Color Lookup Table Descriptor (0028,1101): Type 1, VR US or SS, VM 3. Specifies the format of the Red Palette Color Lookup Table Data (0028,1201). See Section C.7.6.3.1.5 for further explanation."""

    GreenPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS],
        Attribute(
            0x00281102, "US or SS", "3", "1", name="Green Palette Color Lookup Table Descriptor"
        ),
    ]
    """Green Palette Color Lookup Table Descriptor (0028,1102): Type 1, VR US or SS, VM 3. Specifies the format of the Green Palette Color Lookup Table Data (0028,1202). See Section C.7.6.3.1.5 for further explanation."""

    BluePaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS],
        Attribute(
            0x00281103, "US or SS", "3", "1", name="Blue Palette Color Lookup Table Descriptor"
        ),
    ]
    """Blue Palette Color Lookup Table Descriptor (0028,1103): Type 1, VR US or SS, VM 3. Specifies the format of the Blue Palette Color Lookup table Data (0028,1203). See Section C.7.6.3.1.5 for further explanation."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW, Attribute(0x00281201, "OW", "1", "1", name="Red Palette Color Lookup Table Data")
    ]
    """Red Palette Color Lookup Table Data (0028,1201): Type 1, VR OW, VM 1. Red Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW, Attribute(0x00281202, "OW", "1", "1", name="Green Palette Color Lookup Table Data")
    ]
    """Green Palette Color Lookup Table Data (0028,1202): Type 1, VR OW, VM 1. Green Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW, Attribute(0x00281203, "OW", "1", "1", name="Blue Palette Color Lookup Table Data")
    ]
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1, VR OW, VM 1. Blue Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""
