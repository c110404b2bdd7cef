"""Multi-energy CT X-Ray Detector Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
    MultienergyCTXRayDetectorSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MultiEnergyCTXRayDetectorMacro(DicomModel):
    """Multi-energy CT X-Ray Detector Macro Attributes (PS3.3 Table C.8.2.2-3)."""

    dicom_name: ClassVar[str] = "Multi-energy CT X-Ray Detector"
    dicom_table: ClassVar[str] = "table_C.8.2.2-3"

    MultienergyCTXRayDetectorSequence: Annotated[
        list[MultienergyCTXRayDetectorSequenceItem],
        Attribute(0x0018936F, "SQ", "1", "1", name="Multi-energy CT X-Ray Detector Sequence"),
    ]
    """Multi-energy CT X-Ray Detector Sequence (0018,936F): Type 1, VR SQ, VM 1. X-Ray Detector (see Section C.8.2.2.1.1) information. One or more Items shall be included in this Sequence."""
