"""Item class RTImageScopeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.referenced_rt_plan_sequence_item import ReferencedRTPlanSequenceItem
from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
    ReferencedRTRadiationSetSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTImageScopeSequenceItem(DicomModel):
    """An item of RT Image Scope Sequence (3002,0104), as first defined in RT Image Frame Context Macro Attributes (C.36.2.4.11-1)."""

    dicom_name: ClassVar[str] = "RT Image Scope Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.11-1"

    ReferencedRTRadiationSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x300A0630,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Sequence",
            when=("and", ("not", ("present", 0x300A0702)), ("not", ("present", 0x300C0002))),
        ),
    ] = None
    """Referenced RT Radiation Sequence (300A,0630): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Set Sequence (300A,0702) and Referenced RT Plan Sequence (300C,0002) are absent. A set of RT Radiation Instances for which the positioning parameters apply. Required if Referenced RT Radiation Set Sequence (300A,0702) and Referenced RT Plan Sequence (300C,0002) are absent."""

    ReferencedRTRadiationSetSequence: Annotated[
        list[ReferencedRTRadiationSetSequenceItem] | None,
        Attribute(
            0x300A0702,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Set Sequence",
            when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300C0002))),
        ),
    ] = None
    """Referenced RT Radiation Set Sequence (300A,0702): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Plan Sequence (300C,0002) are absent. A collection of RT Radiation Sets for which the positioning parameters apply. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Plan Sequence (300C,0002) are absent."""

    ReferencedRTPlanSequence: Annotated[
        list[ReferencedRTPlanSequenceItem] | None,
        Attribute(
            0x300C0002,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Plan Sequence",
            when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300A0702))),
        ),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Radiation Set Sequence (300A,0702) are absent. A collection of RT Plans and/or RT Ion Plans for which the positioning parameters apply. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Radiation Set Sequence (300A,0702) are absent."""
