"""Presence rules of Presentation State Shutter Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationStateShutterModule = (
    "table_C.11.12-1",
    (
        (
            "ShutterPresentationValue",
            Attribute(
                0x00181622,
                "US",
                "1",
                "1C",
                name="Shutter Presentation Value",
                when=("or", ("module", "Display Shutter"), ("module", "Bitmap Display Shutter")),
            ),
            None,
        ),
        (
            "ShutterPresentationColorCIELabValue",
            Attribute(
                0x00181624,
                "US",
                "3",
                "1C",
                name="Shutter Presentation Color CIELab Value",
                when=(
                    "unknown",
                    "condition not read: no SOP Class UID in 'SOP Class is other than Grayscale Softcopy Presentation State Storage' (in 'Required if the Display Shutter Module or Bitmap Display Shutter Module is present and the SOP Class is other than Grayscale Softcopy Presentation State Storage')",
                ),
            ),
            None,
        ),
    ),
)
