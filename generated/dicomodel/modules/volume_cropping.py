"""Volume Cropping Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.volume_cropping_sequence_item import VolumeCroppingSequenceItem
from dicomodel.model import Attribute, DicomModel


class VolumeCroppingModule(DicomModel):
    """Volume Cropping Module Attributes (PS3.3 Table C.11.24-1)."""

    dicom_name: ClassVar[str] = "Volume Cropping"
    dicom_table: ClassVar[str] = "table_C.11.24-1"

    VolumeCroppingSequence: Annotated[
        list[VolumeCroppingSequenceItem],
        Attribute(0x00701301, "SQ", "1", "1", name="Volume Cropping Sequence"),
    ]
    """Volume Cropping Sequence (0070,1301): Type 1, VR SQ, VM 1. Regions cropped from volumetric presentation inputs. One or more Items shall be included in this Sequence."""
