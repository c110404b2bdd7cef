"""Item class OpticalOphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OpticalOphthalmicAxialLengthMeasurementsSequenceItem(DicomModel):
    """An item of Optical Ophthalmic Axial Length Measurements Sequence (0022,1225), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Optical Ophthalmic Axial Length Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    SignalToNoiseRatio: Annotated[
        vr.FL | None, Attribute(0x00221155, "FL", "1", "3", name="Signal to Noise Ratio")
    ] = None
    """Signal to Noise Ratio (0022,1155): Type 3, VR FL, VM 1. The ratio of signal power to the background noise power (Psignal / Pnoise)."""

    OphthalmicAxialLengthDataSourceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x00221150, "SQ", "1", "1", name="Ophthalmic Axial Length Data Source Code Sequence"
        ),
    ]
    """Ophthalmic Axial Length Data Source Code Sequence (0022,1150): Type 1, VR SQ, VM 1. The source of the value in Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

    OphthalmicAxialLengthDataSourceDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00221159, "LO", "1", "3", name="Ophthalmic Axial Length Data Source Description"
        ),
    ] = None
    """Ophthalmic Axial Length Data Source Description (0022,1159): Type 3, VR LO, VM 1. A free text description of the axial length measurement data source."""
