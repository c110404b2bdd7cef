"""Presence rules of Visual Evaluation Result Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualEvaluationResultMacro = (
    "table_C.32.3.2-1",
    (
        (
            "VisualEvaluationTestSequence",
            Attribute(0x00287028, "SQ", "1", None, name="Visual Evaluation Test Sequence"),
            Lazy(
                "dicomodel.items.visual_evaluation_test_sequence_item",
                "VisualEvaluationTestSequenceItem",
            ),
        ),
        (
            "VisualEvaluationMethodCodeSequence",
            Attribute(0x0028702E, "SQ", "1", None, name="Visual Evaluation Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
