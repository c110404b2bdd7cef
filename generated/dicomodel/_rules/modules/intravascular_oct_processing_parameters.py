"""Presence rules of Intravascular OCT Processing Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularOCTProcessingParametersModule = (
    "table_C.8.27.4-1",
    (
        (
            "OCTZOffsetApplied",
            Attribute(
                0x00520026,
                "CS",
                "1",
                "1",
                name="OCT Z Offset Applied",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RefractiveIndexApplied",
            Attribute(
                0x0052003A,
                "CS",
                "1",
                "1",
                name="Refractive Index Applied",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ALinePixelSpacing",
            Attribute(0x00520014, "FD", "1", "1", name="A-line Pixel Spacing"),
            None,
        ),
        (
            "PixelIntensityRelationship",
            Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
            None,
        ),
        (
            "FirstALineLocation",
            Attribute(0x00520034, "FD", "1", "1", name="First A-line Location"),
            None,
        ),
    ),
)
