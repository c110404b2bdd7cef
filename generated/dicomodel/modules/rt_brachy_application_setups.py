"""RT Brachy Application Setups Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import brachy_treatment_technique as _brachy_treatment_technique
from dicomodel.enums import brachy_treatment_type as _brachy_treatment_type
from dicomodel.items.application_setup_sequence_item import ApplicationSetupSequenceItem
from dicomodel.items.source_sequence_item import SourceSequenceItem
from dicomodel.items.treatment_machine_sequence_item import TreatmentMachineSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTBrachyApplicationSetupsModule(DicomModel):
    """RT Brachy Application Setups Module Attributes (PS3.3 Table C.8-51)."""

    dicom_name: ClassVar[str] = "RT Brachy Application Setups"
    dicom_table: ClassVar[str] = "table_C.8-51"

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
    """Brachy Treatment Technique (300A,0200): Type 1, VR CS, VM 1. Type of brachytherapy treatment technique. Enumerated Values: INTRALUMENARY INTRACAVITARY INTERSTITIAL CONTACT INTRAVASCULAR PERMANENT See Section C.8.8.15.1."""

    BrachyTreatmentType: Annotated[
        _brachy_treatment_type.BrachyTreatmentTypeTerm | vr.CS,
        Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
    ]
    """Brachy Treatment Type (300A,0202): Type 1, VR CS, VM 1. Type of brachytherapy treatment. Defined Terms: MANUAL manually positioned HDR High dose rate MDR Medium dose rate LDR Low dose rate PDR Pulsed dose rate"""

    TreatmentMachineSequence: Annotated[
        list[TreatmentMachineSequenceItem],
        Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
    ]
    """Treatment Machine Sequence (300A,0206): Type 1, VR SQ, VM 1. A Sequence describing treatment machine to be used for treatment delivery. Only a single Item shall be included in this Sequence."""

    SourceSequence: Annotated[
        list[SourceSequenceItem], Attribute(0x300A0210, "SQ", "1", "1", name="Source Sequence")
    ]
    """Source Sequence (300A,0210): Type 1, VR SQ, VM 1. Sequence of Sources to be used within Application Setups. One or more Items shall be included in this Sequence."""

    ApplicationSetupSequence: Annotated[
        list[ApplicationSetupSequenceItem],
        Attribute(0x300A0230, "SQ", "1", "1", name="Application Setup Sequence"),
    ]
    """Application Setup Sequence (300A,0230): Type 1, VR SQ, VM 1. Sequence of Application Setups for current RT Plan. One or more Items shall be included in this Sequence."""
