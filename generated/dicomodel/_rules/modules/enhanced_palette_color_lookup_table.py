"""Presence rules of Enhanced Palette Color Lookup Table Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedPaletteColorLookupTableModule = (
    "table_C.7.6.23-1",
    (
        (
            "DataFrameAssignmentSequence",
            Attribute(0x00281401, "SQ", "1", "1", name="Data Frame Assignment Sequence"),
            Lazy(
                "dicomodel.items.data_frame_assignment_sequence_item",
                "DataFrameAssignmentSequenceItem",
            ),
        ),
        (
            "BlendingLUT1Sequence",
            Attribute(
                0x00281404,
                "SQ",
                "1",
                "1C",
                name="Blending LUT 1 Sequence",
                when=(
                    "unknown",
                    "condition not read: not understood: 'there are one or more Items of the Data Path Assignment Sequence (0028,1402)' (in 'Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES')",
                ),
            ),
            Lazy("dicomodel.items.blending_lut1_sequence_item", "BlendingLUT1SequenceItem"),
        ),
        (
            "BlendingLUT2Sequence",
            Attribute(
                0x0028140C,
                "SQ",
                "1",
                "1C",
                name="Blending LUT 2 Sequence",
                when=(
                    "unknown",
                    "condition not read: not understood: 'there are one or more Items of the Data Path Assignment Sequence (0028,1402)' (in 'Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES')",
                ),
            ),
            Lazy("dicomodel.items.blending_lut2_sequence_item", "BlendingLUT2SequenceItem"),
        ),
        (
            "EnhancedPaletteColorLookupTableSequence",
            Attribute(
                0x0028140B,
                "SQ",
                "1",
                "1C",
                name="Enhanced Palette Color Lookup Table Sequence",
                when=(
                    "and",
                    ("present", 0x00281402),
                    ("value", 0x00281402, 0, "not_in", ("PRIMARY_PVALUES",)),
                ),
            ),
            Lazy(
                "dicomodel.items.enhanced_palette_color_lookup_table_sequence_item",
                "EnhancedPaletteColorLookupTableSequenceItem",
            ),
        ),
        (
            "ICCProfile",
            Attribute(
                0x00282000,
                "OB",
                "1",
                "1C",
                name="ICC Profile",
                when=(
                    "and",
                    ("present", 0x00281402),
                    ("unknown", "depends on what is known to the creator"),
                ),
            ),
            None,
        ),
        ("ColorSpace", Attribute(0x00282002, "CS", "1", "3", name="Color Space"), None),
    ),
)
