"""Stereometric Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.stereo_pairs_sequence_item import StereoPairsSequenceItem
from dicomodel.model import Attribute, DicomModel


class StereometricRelationshipModule(DicomModel):
    """Stereometric Relationship Module Attributes (PS3.3 Table C.8.18.2-1)."""

    dicom_name: ClassVar[str] = "Stereometric Relationship"
    dicom_table: ClassVar[str] = "table_C.8.18.2-1"

    StereoPairsSequence: Annotated[
        list[StereoPairsSequenceItem],
        Attribute(0x00220020, "SQ", "1", "1", name="Stereo Pairs Sequence"),
    ]
    """Stereo Pairs Sequence (0022,0020): Type 1, VR SQ, VM 1. Sequence of Items identifying pairs of images. One or more Items shall be included in this Sequence."""
