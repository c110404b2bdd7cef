"""RT Beams Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import primary_dosimeter_unit as _primary_dosimeter_unit
from dicomodel.items.treatment_session_beam_sequence_item import TreatmentSessionBeamSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTBeamsSessionRecordModule(DicomModel):
    """RT Beams Session Record Module Attributes (PS3.3 Table C.8-57)."""

    dicom_name: ClassVar[str] = "RT Beams Session Record"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (Fractions) planned for current Fraction Group."""

    PrimaryDosimeterUnit: Annotated[
        _primary_dosimeter_unit.PrimaryDosimeterUnit,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "MINUTE")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 1, VR CS, VM 1. Measurement unit of machine dosimeter. Enumerated Values: MU Monitor Unit MINUTE minute"""

    TreatmentSessionBeamSequence: Annotated[
        list[TreatmentSessionBeamSequenceItem],
        Attribute(0x30080020, "SQ", "1", "1", name="Treatment Session Beam Sequence"),
    ]
    """Treatment Session Beam Sequence (3008,0020): Type 1, VR SQ, VM 1. Sequence of Beams administered during treatment session. One or more Items shall be included in this Sequence."""
