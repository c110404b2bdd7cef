"""Optical Path Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.optical_path_sequence_item import OpticalPathSequenceItem
from dicomodel.model import Attribute, DicomModel


class OpticalPathModule(DicomModel):
    """Optical Path Module Attributes (PS3.3 Table C.8.12.5-1)."""

    dicom_name: ClassVar[str] = "Optical Path"
    dicom_table: ClassVar[str] = "table_C.8.12.5-1"

    NumberOfOpticalPaths: Annotated[
        vr.UL | None,
        Attribute(
            0x00480302,
            "UL",
            "1",
            "1C",
            name="Number of Optical Paths",
            when=("and", ("present", 0x00209311), ("value", 0x00209311, 0, "in", ("TILED_FULL",))),
            otherwise="may",
        ),
    ] = None
    """Number of Optical Paths (0048,0302): Type 1C, VR UL, VM 1. Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise. Number of Items in the Optical Path Sequence (0048,0105). Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise."""

    OpticalPathSequence: Annotated[
        list[OpticalPathSequenceItem],
        Attribute(0x00480105, "SQ", "1", "1", name="Optical Path Sequence"),
    ]
    """Optical Path Sequence (0048,0105): Type 1, VR SQ, VM 1. Describes the optical paths used during the acquisition of this image. One or more Items shall be included in this Sequence. See Section C.8.12.5.1.1"""
