"""X-Ray 3D Craniofacial Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition import (
    XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition,
)
from dicomodel.model import Attribute, DicomModel


class XRay3DCraniofacialAcquisitionModule(DicomModel):
    """X-Ray 3D Craniofacial Acquisition Module Attributes (PS3.3 Table C.8.21.3.3-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Craniofacial Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.3-1"

    XRay3DAcquisitionSequence: Annotated[
        list[XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition],
        Attribute(0x00189507, "SQ", "1", "1", name="X-Ray 3D Acquisition Sequence"),
    ]
    """X-Ray 3D Acquisition Sequence (0018,9507): Type 1, VR SQ, VM 1. Each Item represents a acquisition context related to a set of frames of SOP Instance defined by this IOD, The values of Acquisition Index (0020,9518) may be used as index to Items in this Sequence."""
