"""Document Relationship Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_sequence_item import ContentSequenceItem
from dicomodel.model import Attribute, DicomModel


class DocumentRelationshipMacro(DicomModel):
    """Document Relationship Macro Attributes (PS3.3 Table C.17-6)."""

    dicom_name: ClassVar[str] = "Document Relationship"
    dicom_table: ClassVar[str] = "table_C.17-6"

    ObservationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0040A032,
            "DT",
            "1",
            "1C",
            name="Observation DateTime",
            when=(
                "unknown",
                "condition not read: no verb after 'Observation DateTime (0040,A032) defined in higher' (in 'Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items')",
            ),
            otherwise="may",
        ),
    ] = None
    """Observation DateTime (0040,A032): Type 1C, VR DT, VM 1. Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items. May be present otherwise. The date and time on which this Content Item was completed. For the purpose of recording measurements or logging events, completion time is defined as the ending time of data acquisition of the measurement, or the ending time of occurrence..."""

    ObservationUID: Annotated[
        vr.UI | None, Attribute(0x0040A171, "UI", "1", "3", name="Observation UID")
    ] = None
    """Observation UID (0040,A171): Type 3, VR UI, VM 1. Unique identifier for the observation Content Item (and its subsidiary Content Items, if any). The UID represents the semantic content of the observation; an encoding of the same observation with the same context into another representation..."""

    ContentSequence: Annotated[
        list[ContentSequenceItem] | None,
        Attribute(
            0x0040A730,
            "SQ",
            "1",
            "1C",
            name="Content Sequence",
            when=("unknown", "names no attribute: the enclosing Content Item has relationships"),
        ),
    ] = None
    """Content Sequence (0040,A730): Type 1C, VR SQ, VM 1. Required if the enclosing Content Item has relationships. A potentially recursively nested Sequence of Items that conveys content that is the Target of Relationships with the enclosing Source Content Item. One or more Items shall be included in this Sequence."""
