"""CT Protocol Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.model import Attribute, DicomModel


class CTProtocolSeriesModule(DicomModel):
    """CT Protocol Series Module Attributes (PS3.3 Table C.34.1-1)."""

    dicom_name: ClassVar[str] = "CT Protocol Series"
    dicom_table: ClassVar[str] = "table_C.34.1-1"

    Modality: Annotated[
        _modality.ModalityCTProtocolSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("CTPROTOCOL",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method to which the protocols in this Series apply. Enumerated Values: CTPROTOCOL See Section C.7.3.1.1.1 for further explanation."""
