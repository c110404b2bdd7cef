"""Series and Instance Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_series_sequence_item import ReferencedSeriesSequenceItem
from dicomodel.model import Attribute, DicomModel


class SeriesAndInstanceReferenceMacro(DicomModel):
    """Series and Instance Reference Macro Attributes (PS3.3 Table 10-4)."""

    dicom_name: ClassVar[str] = "Series and Instance Reference"
    dicom_table: ClassVar[str] = "table_10-4"

    ReferencedSeriesSequence: Annotated[
        list[ReferencedSeriesSequenceItem],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence."""
