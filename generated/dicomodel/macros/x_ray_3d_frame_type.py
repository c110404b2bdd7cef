"""X-Ray 3D Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.x_ray3_d_frame_type_sequence_item import XRay3DFrameTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class XRay3DFrameTypeMacro(DicomModel):
    """X-Ray 3D Frame Type Macro Attributes (PS3.3 Table C.8.21.5.1-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.21.5.1-1"

    XRay3DFrameTypeSequence: Annotated[
        list[XRay3DFrameTypeSequenceItem],
        Attribute(0x00189504, "SQ", "1", "1", name="X-Ray 3D Frame Type Sequence"),
    ]
    """X-Ray 3D Frame Type Sequence (0018,9504): Type 1, VR SQ, VM 1. A Sequence that describes general characteristics of this frame. Only a single Item shall be included in this Sequence."""
