"""Presence rules of Intraocular Lens Calculations Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntraocularLensCalculationsModule = (
    "table_C.8.25.16-1",
    (
        (
            "IntraocularLensCalculationsRightEyeSequence",
            Attribute(
                0x00221300,
                "SQ",
                "1",
                "1C",
                name="Intraocular Lens Calculations Right Eye Sequence",
                when=(
                    "unknown",
                    "names no attribute: the device calculated intraocular lens power for the right eye",
                ),
            ),
            Lazy(
                "dicomodel.items.intraocular_lens_calculations_item",
                "IntraocularLensCalculationsItem",
            ),
        ),
        (
            "IntraocularLensCalculationsLeftEyeSequence",
            Attribute(
                0x00221310,
                "SQ",
                "1",
                "1C",
                name="Intraocular Lens Calculations Left Eye Sequence",
                when=(
                    "unknown",
                    "names no attribute: the device calculated intraocular lens power for the left eye",
                ),
            ),
            Lazy(
                "dicomodel.items.intraocular_lens_calculations_item",
                "IntraocularLensCalculationsItem",
            ),
        ),
    ),
)
