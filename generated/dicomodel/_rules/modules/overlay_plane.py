"""Presence rules of Overlay Plane Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OverlayPlaneModule = (
    "table_C.9-2",
    (
        ("OverlayRows", Attribute(0x60000010, "US", "1", "1", name="Overlay Rows"), None),
        ("OverlayColumns", Attribute(0x60000011, "US", "1", "1", name="Overlay Columns"), None),
        (
            "OverlayType",
            Attribute(
                0x60000040, "CS", "1", "1", name="Overlay Type", enumerated=((0, ("G", "R")),)
            ),
            None,
        ),
        ("OverlayOrigin", Attribute(0x60000050, "SS", "2", "1", name="Overlay Origin"), None),
        (
            "OverlayBitsAllocated",
            Attribute(0x60000100, "US", "1", "1", name="Overlay Bits Allocated"),
            None,
        ),
        (
            "OverlayBitPosition",
            Attribute(0x60000102, "US", "1", "1", name="Overlay Bit Position"),
            None,
        ),
        ("OverlayData", Attribute(0x60003000, "OB or OW", "1", "1", name="Overlay Data"), None),
        (
            "OverlayDescription",
            Attribute(0x60000022, "LO", "1", "3", name="Overlay Description"),
            None,
        ),
        ("OverlaySubtype", Attribute(0x60000045, "LO", "1", "3", name="Overlay Subtype"), None),
        ("OverlayLabel", Attribute(0x60001500, "LO", "1", "3", name="Overlay Label"), None),
        ("ROIArea", Attribute(0x60001301, "IS", "1", "3", name="ROI Area"), None),
        ("ROIMean", Attribute(0x60001302, "DS", "1", "3", name="ROI Mean"), None),
        (
            "ROIStandardDeviation",
            Attribute(0x60001303, "DS", "1", "3", name="ROI Standard Deviation"),
            None,
        ),
    ),
)
