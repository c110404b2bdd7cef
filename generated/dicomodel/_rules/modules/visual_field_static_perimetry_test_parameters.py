"""Presence rules of Visual Field Static Perimetry Test Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualFieldStaticPerimetryTestParametersModule = (
    "table_C.8.26.2-1",
    (
        (
            "VisualFieldHorizontalExtent",
            Attribute(0x00240010, "FL", "1", "1", name="Visual Field Horizontal Extent"),
            None,
        ),
        (
            "VisualFieldVerticalExtent",
            Attribute(0x00240011, "FL", "1", "1", name="Visual Field Vertical Extent"),
            None,
        ),
        (
            "VisualFieldShape",
            Attribute(0x00240012, "CS", "1", "1", name="Visual Field Shape"),
            None,
        ),
        (
            "ScreeningTestModeCodeSequence",
            Attribute(
                0x00240016,
                "SQ",
                "1",
                "1C",
                name="Screening Test Mode Code Sequence",
                when=("code", (0x00400260, 0x00400441), (("360156006", "SCT"),)),
                otherwise="may",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "MaximumStimulusLuminance",
            Attribute(0x00240018, "FL", "1", "1", name="Maximum Stimulus Luminance"),
            None,
        ),
        (
            "BackgroundLuminance",
            Attribute(0x00240020, "FL", "1", "1", name="Background Luminance"),
            None,
        ),
        (
            "StimulusColorCodeSequence",
            Attribute(0x00240021, "SQ", "1", "1", name="Stimulus Color Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "BackgroundIlluminationColorCodeSequence",
            Attribute(
                0x00240024, "SQ", "1", "1", name="Background Illumination Color Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("StimulusArea", Attribute(0x00240025, "FL", "1", "1", name="Stimulus Area"), None),
        (
            "StimulusPresentationTime",
            Attribute(0x00240028, "FL", "1", "1", name="Stimulus Presentation Time"),
            None,
        ),
    ),
)
