"""Waveform Filter Lookup Table Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class WaveformFilterLookupTableMacro(DicomModel):
    """Waveform Filter Lookup Table Macro Attributes (PS3.3 Table C.10.13-1)."""

    dicom_name: ClassVar[str] = "Waveform Filter Lookup Table"
    dicom_table: ClassVar[str] = "table_C.10.13-1"

    FilterLookupTableDescription: Annotated[
        vr.ST | None, Attribute(0x003A032B, "ST", "1", "3", name="Filter Lookup Table Description")
    ] = None
    """Filter Lookup Table Description (003A,032B): Type 3, VR ST, VM 1. A textual description of the Filter Lookup Table."""

    FrequencyEncodingCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x003A032C, "SQ", "1", "1", name="Frequency Encoding Code Sequence"),
    ]
    """Frequency Encoding Code Sequence (003A,032C): Type 1, VR SQ, VM 1. Encoding of frequency values in the Lookup Table Data."""

    MagnitudeEncodingCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x003A032D, "SQ", "1", "1", name="Magnitude Encoding Code Sequence"),
    ]
    """Magnitude Encoding Code Sequence (003A,032D): Type 1, VR SQ, VM 1. Encoding of filter response magnitude in the Lookup Table Data."""

    FilterLookupTableData: Annotated[
        vr.OD, Attribute(0x003A032E, "OD", "1", "1", name="Filter Lookup Table Data")
    ]
    """Filter Lookup Table Data (003A,032E): Type 1, VR OD, VM 1. Lookup Table Data. See Section C.10.13.1 for further explanation."""
