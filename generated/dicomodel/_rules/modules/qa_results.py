"""Presence rules of QA Results Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
QAResultsModule = (
    "table_C.32.3-1",
    (
        (
            "QAResultsSequence",
            Attribute(0x0028700F, "SQ", "1", None, name="QA Results Sequence"),
            Lazy("dicomodel.items.qa_results_sequence_item", "QAResultsSequenceItem"),
        ),
    ),
)
