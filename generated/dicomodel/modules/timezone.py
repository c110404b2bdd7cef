"""Timezone Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TimezoneModule",
]


class TimezoneModule(DicomModel):
    """Timezone Module Attributes (PS3.3 Table C.12.5-1)."""

    dicom_name: ClassVar[str] = "Timezone"
    dicom_table: ClassVar[str] = "table_C.12.5-1"

    TimezoneOffsetFromUTC: Annotated[
        vr.SH, Attribute(0x00080201, "SH", "1", "1", name="Timezone Offset From UTC")
    ]
    """Timezone Offset From UTC (0008,0201): Type 1, VR SH, VM 1. Contains the offset from UTC to the timezone for all DA and TM Attributes present in this SOP Instance, and for all DT Attributes present in this SOP Instance that do not contain an explicitly encoded timezone offset. See Section C.12.1.1.8"""
