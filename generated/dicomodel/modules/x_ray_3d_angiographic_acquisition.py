"""X-Ray 3D Angiographic Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.x_ray3_d_acquisition_sequence_item import XRay3DAcquisitionSequenceItem
from dicomodel.model import Attribute, DicomModel


class XRay3DAngiographicAcquisitionModule(DicomModel):
    """X-Ray 3D Angiographic Acquisition Module Attributes (PS3.3 Table C.8.21.3.2-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Angiographic Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.2-1"

    XRay3DAcquisitionSequence: Annotated[
        list[XRay3DAcquisitionSequenceItem],
        Attribute(0x00189507, "SQ", "1", "1", name="X-Ray 3D Acquisition Sequence"),
    ]
    """X-Ray 3D Acquisition Sequence (0018,9507): Type 1, VR SQ, VM 1. Each Item represents an acquisition context related to one or more reconstructions. The values of Acquisition Index (0020,9518) may be used as index to Items in this Sequence. One or more Items shall be included in this Sequence."""
