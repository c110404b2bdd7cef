"""Softcopy VOI LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.softcopy_voilut_sequence_item import SoftcopyVOILUTSequenceItem
from dicomodel.model import Attribute, DicomModel


class SoftcopyVOILUTModule(DicomModel):
    """Softcopy VOI LUT Module Attributes (PS3.3 Table C.11.8-1)."""

    dicom_name: ClassVar[str] = "Softcopy VOI LUT"
    dicom_table: ClassVar[str] = "table_C.11.8-1"

    SoftcopyVOILUTSequence: Annotated[
        list[SoftcopyVOILUTSequenceItem],
        Attribute(0x00283110, "SQ", "1", "1", name="Softcopy VOI LUT Sequence"),
    ]
    """Softcopy VOI LUT Sequence (0028,3110): Type 1, VR SQ, VM 1. Defines a Sequence of VOI LUTs or Window Centers and Widths and to which images and frames they apply. No more than one VOI LUT Sequence containing a single Item or one pair of Window Center/Width values shall be specified for each image or..."""
