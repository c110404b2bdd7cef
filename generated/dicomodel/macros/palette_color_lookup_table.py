"""Palette Color Lookup Table Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.model import Attribute, DicomModel


class PaletteColorLookupTableMacro(DicomModel):
    """Palette Color Lookup Table Macro Attributes (PS3.3 Table C.7-22a)."""

    dicom_name: ClassVar[str] = "Palette Color Lookup Table"
    dicom_table: ClassVar[str] = "table_C.7-22a"

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

    PaletteColorLookupTableUID: Annotated[
        vr.UI | None, Attribute(0x00281199, "UI", "1", "3", name="Palette Color Lookup Table UID")
    ] = None
    """Palette Color Lookup Table UID (0028,1199): Type 3, VR UI, VM 1. Palette Color Lookup Table UID. See Section C.7.9.1 for further explanation."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281201,
            "OW",
            "1",
            "1C",
            name="Red Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is NOT used in an Image IOD"),
                ("iod", ("Color Palette",)),
                ("unknown", "names no attribute: the IOD is a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Red Palette Color Lookup Table Data (0028,1201): Type 1C, VR OW, VM 1. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. Red Palette Color Lookup Table Data. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. See Section C.7.6.3.1.6 for further explanation."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281202,
            "OW",
            "1",
            "1C",
            name="Green Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is NOT used in an Image IOD"),
                ("iod", ("Color Palette",)),
                ("unknown", "names no attribute: the IOD is a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Green Palette Color Lookup Table Data (0028,1202): Type 1C, VR OW, VM 1. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. Green Palette Color Lookup Table Data. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. See Section C.7.6.3.1.6 for further explanation."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281203,
            "OW",
            "1",
            "1C",
            name="Blue Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is NOT used in an Image IOD"),
                ("iod", ("Color Palette",)),
                ("unknown", "names no attribute: the IOD is a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1C, VR OW, VM 1. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. Blue Palette Color Lookup Table Data. Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the IOD is a Presentation State IOD or Segmentation IOD. See Section C.7.6.3.1.6 for further explanation."""

    SegmentedRedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281221,
            "OW",
            "1",
            "1C",
            name="Segmented Red Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is used in an Image IOD"),
                ("iod", ("Color Palette",)),
            ),
            forbid=(
                "or",
                ("unknown", "names no attribute: a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Segmented Red Palette Color Lookup Table Data (0028,1221): Type 1C, VR OW, VM 1. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. Segmented Red Palette Color Lookup Table Data. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. See Section C.7.9.2 for further explanation."""

    SegmentedGreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281222,
            "OW",
            "1",
            "1C",
            name="Segmented Green Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is used in an Image IOD"),
                ("iod", ("Color Palette",)),
            ),
            forbid=(
                "or",
                ("unknown", "names no attribute: a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Segmented Green Palette Color Lookup Table Data (0028,1222): Type 1C, VR OW, VM 1. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. Segmented Green Palette Color Lookup Table Data. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. See Section C.7.9.2 for further explanation."""

    SegmentedBluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281223,
            "OW",
            "1",
            "1C",
            name="Segmented Blue Palette Color Lookup Table Data",
            when=(
                "or",
                ("unknown", "names no attribute: segmented data is used in an Image IOD"),
                ("iod", ("Color Palette",)),
            ),
            forbid=(
                "or",
                ("unknown", "names no attribute: a Presentation State IOD"),
                ("iod", ("Segmentation",)),
            ),
        ),
    ] = None
    """Segmented Blue Palette Color Lookup Table Data (0028,1223): Type 1C, VR OW, VM 1. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. Segmented Blue Palette Color Lookup Table Data. Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be present in a Presentation State IOD or Segmentation IOD. See Section C.7.9.2 for further explanation."""
