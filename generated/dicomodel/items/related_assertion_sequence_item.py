"""Item class RelatedAssertionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RelatedAssertionSequenceItem",
]


class RelatedAssertionSequenceItem(DicomModel):
    """An item of Related Assertion Sequence (0044,0107), as first defined in Assertion Macro Attributes (10.30-1)."""

    dicom_name: ClassVar[str] = "Related Assertion Sequence"
    dicom_table: ClassVar[str] = "table_10.30-1"

    ReferencedAssertionUID: Annotated[
        vr.UI, Attribute(0x00440108, "UI", "1", "1", name="Referenced Assertion UID")
    ]
    """Referenced Assertion UID (0044,0108): Type 1, VR UI, VM 1. Uniquely identifies a related Assertion."""
