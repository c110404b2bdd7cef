"""Presence rules of Hanging Protocol Display Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HangingProtocolDisplayModule = (
    "table_C.23.3-1",
    (
        (
            "DisplaySetsSequence",
            Attribute(0x00720200, "SQ", "1", "1", name="Display Sets Sequence"),
            Lazy("dicomodel.items.display_sets_sequence_item", "DisplaySetsSequenceItem"),
        ),
        (
            "PartialDataDisplayHandling",
            Attribute(
                0x00720208,
                "CS",
                "1",
                "2",
                name="Partial Data Display Handling",
                enumerated=((0, ("MAINTAIN_LAYOUT", "ADAPT_LAYOUT")),),
            ),
            None,
        ),
        (
            "SynchronizedScrollingSequence",
            Attribute(0x00720210, "SQ", "1", "3", name="Synchronized Scrolling Sequence"),
            Lazy(
                "dicomodel.items.synchronized_scrolling_sequence_item",
                "SynchronizedScrollingSequenceItem",
            ),
        ),
        (
            "NavigationIndicatorSequence",
            Attribute(0x00720214, "SQ", "1", "3", name="Navigation Indicator Sequence"),
            Lazy(
                "dicomodel.items.navigation_indicator_sequence_item",
                "NavigationIndicatorSequenceItem",
            ),
        ),
    ),
)
