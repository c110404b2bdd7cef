"""Presence rules of Image SOP Instance Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageSOPInstanceReferenceMacro = (
    "table_10-3",
    (
        (
            "ReferencedSOPClassUID",
            Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID"),
            None,
        ),
        (
            "ReferencedSOPInstanceUID",
            Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID"),
            None,
        ),
        (
            "ReferencedFrameNumber",
            Attribute(
                0x00081160,
                "IS",
                "1-n",
                "1C",
                name="Referenced Frame Number",
                when=(
                    "and",
                    ("unknown", "depends on the multi-frame structure of the pixel data"),
                    ("not", ("present", 0x0062000B)),
                ),
            ),
            None,
        ),
        (
            "ReferencedSegmentNumber",
            Attribute(
                0x0062000B,
                "US",
                "1-n",
                "1C",
                name="Referenced Segment Number",
                when=(
                    "and",
                    ("unknown", "depends on the referenced instance or item"),
                    ("not", ("present", 0x00081160)),
                ),
            ),
            None,
        ),
    ),
)
