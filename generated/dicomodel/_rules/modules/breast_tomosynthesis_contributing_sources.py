"""Presence rules of Breast Tomosynthesis Contributing Sources Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastTomosynthesisContributingSourcesModule = (
    "table_C.8.21.2.3-1",
    (
        (
            "ContributingSourcesSequence",
            Attribute(0x00189506, "SQ", "1", "1", name="Contributing Sources Sequence"),
            Lazy(
                "dicomodel.items.contributing_sources_sequence_item_breast_tomosynthesis_contributing_sources",
                "ContributingSourcesSequenceItemBreastTomosynthesisContributingSources",
            ),
        ),
    ),
)
