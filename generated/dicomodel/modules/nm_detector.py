"""NM Detector Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.detector_information_sequence_item import DetectorInformationSequenceItem
from dicomodel.model import Attribute, DicomModel


class NMDetectorModule(DicomModel):
    """NM Detector Module Attributes (PS3.3 Table C.8-11)."""

    dicom_name: ClassVar[str] = "NM Detector"
    dicom_table: ClassVar[str] = "table_C.8-11"

    DetectorInformationSequence: Annotated[
        list[DetectorInformationSequenceItem] | None,
        Attribute(0x00540022, "SQ", "1", "2", name="Detector Information Sequence"),
    ]
    """Detector Information Sequence (0054,0022): Type 2, VR SQ, VM 1. Sequence of Items that describe the detectors used. Zero or more Items shall be included in this Sequence. The number of Items shall be equal to Number of Detectors (0054,0021)."""
