"""RT Brachy Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import brachy_treatment_technique as _brachy_treatment_technique
from dicomodel.enums import brachy_treatment_type as _brachy_treatment_type
from dicomodel.items.recorded_source_sequence_item import RecordedSourceSequenceItem
from dicomodel.items.treatment_session_application_setup_sequence_item import (
    TreatmentSessionApplicationSetupSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTBrachySessionRecordModule(DicomModel):
    """RT Brachy Session Record Module Attributes (PS3.3 Table C.8-58)."""

    dicom_name: ClassVar[str] = "RT Brachy Session Record"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (Fractions) planned for current Fraction Group."""

    BrachyTreatmentTechnique: Annotated[
        _brachy_treatment_technique.BrachyTreatmentTechnique,
        Attribute(
            0x300A0200,
            "CS",
            "1",
            "1",
            name="Brachy Treatment Technique",
            enumerated=(
                (
                    0,
                    (
                        "INTRALUMENARY",
                        "INTRACAVITARY",
                        "INTERSTITIAL",
                        "CONTACT",
                        "INTRAVASCULAR",
                        "PERMANENT",
                    ),
                ),
            ),
        ),
    ]
    """Brachy Treatment Technique (300A,0200): Type 1, VR CS, VM 1. Type of brachytherapy treatment technique. Enumerated Values: INTRALUMENARY INTRACAVITARY INTERSTITIAL CONTACT INTRAVASCULAR PERMANENT See RT Plan IOD."""

    BrachyTreatmentType: Annotated[
        _brachy_treatment_type.BrachyTreatmentTypeTerm | vr.CS,
        Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
    ]
    """Brachy Treatment Type (300A,0202): Type 1, VR CS, VM 1. Type of brachytherapy treatment. Defined Terms: MANUAL Manually positioned HDR High dose rate MDR Medium dose rate LDR Low dose rate PDR Pulsed dose rate"""

    RecordedSourceSequence: Annotated[
        list[RecordedSourceSequenceItem],
        Attribute(0x30080100, "SQ", "1", "1", name="Recorded Source Sequence"),
    ]
    """Recorded Source Sequence (3008,0100): Type 1, VR SQ, VM 1. Sequence of Sources to be used within Application Setups. One or more Items shall be included in this Sequence."""

    TreatmentSessionApplicationSetupSequence: Annotated[
        list[TreatmentSessionApplicationSetupSequenceItem],
        Attribute(0x30080110, "SQ", "1", "1", name="Treatment Session Application Setup Sequence"),
    ]
    """Treatment Session Application Setup Sequence (3008,0110): Type 1, VR SQ, VM 1. Sequence of Application Setups for RT Treatment Record for current RT Plan. One or more Items shall be included in this Sequence."""
