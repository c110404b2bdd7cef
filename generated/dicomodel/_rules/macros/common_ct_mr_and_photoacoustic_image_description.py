"""Presence rules of Common CT/MR and Photoacoustic Image Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CommonCTMRAndPhotoacousticImageDescriptionMacro = (
    "table_C.8-131",
    (
        (
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
            ),
            None,
        ),
        (
            "VolumetricProperties",
            Attribute(
                0x00089206,
                "CS",
                "1",
                "1",
                name="Volumetric Properties",
                enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
            ),
            None,
        ),
        (
            "VolumeBasedCalculationTechnique",
            Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
            None,
        ),
    ),
)
