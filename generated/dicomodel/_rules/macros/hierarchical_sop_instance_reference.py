"""Presence rules of Hierarchical SOP Instance Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HierarchicalSOPInstanceReferenceMacro = (
    "table_C.17-3",
    (
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID"),
            None,
        ),
        (
            "ReferencedSeriesSequence",
            Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_series_reference_item",
                "HierarchicalSeriesReferenceItem",
            ),
        ),
    ),
)
