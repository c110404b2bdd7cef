"""Item class PrimaryFluenceModeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import fluence_mode as _fluence_mode
from dicomodel.model import Attribute, DicomModel


class PrimaryFluenceModeSequenceItem(DicomModel):
    """An item of Primary Fluence Mode Sequence (3002,0050), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Primary Fluence Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    FluenceMode: Annotated[
        _fluence_mode.FluenceMode,
        Attribute(
            0x30020051,
            "CS",
            "1",
            "1",
            name="Fluence Mode",
            enumerated=((0, ("STANDARD", "NON_STANDARD")),),
        ),
    ]
    """Fluence Mode (3002,0051): Type 1, VR CS, VM 1. Describes whether the fluence shaping is the standard mode for the beam or an alternate. Enumerated Values: STANDARD Uses standard fluence-shaping NON_STANDARD Uses a non-standard fluence-shaping mode"""

    FluenceModeID: Annotated[
        vr.SH | None,
        Attribute(
            0x30020052,
            "SH",
            "1",
            "1C",
            name="Fluence Mode ID",
            when=("value", 0x30020051, 0, "in", ("NON_STANDARD",)),
        ),
    ] = None
    """Fluence Mode ID (3002,0052): Type 1C, VR SH, VM 1. Required if Fluence Mode (3002,0051) has value NON_STANDARD. Identifier for the specific fluence-shaping mode. Required if Fluence Mode (3002,0051) has value NON_STANDARD."""
