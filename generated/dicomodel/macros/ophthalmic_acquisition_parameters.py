"""Ophthalmic Acquisition Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import pupil_dilated as _pupil_dilated
from dicomodel.items.mydriatic_agent_sequence_item import MydriaticAgentSequenceItem
from dicomodel.items.refractive_state_sequence_item import RefractiveStateSequenceItem
from dicomodel.model import Attribute, DicomModel


class OphthalmicAcquisitionParametersMacro(DicomModel):
    """Ophthalmic Acquisition Parameters Macro Attributes (PS3.3 Table C.8.17.8-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.17.8-2"

    RefractiveStateSequence: Annotated[
        list[RefractiveStateSequenceItem] | None,
        Attribute(0x0022001B, "SQ", "1", "2", name="Refractive State Sequence"),
    ]
    """Refractive State Sequence (0022,001B): Type 2, VR SQ, VM 1. The refractive state of the imaged eye at the time of acquisition. Zero or one Item shall be included in this Sequence. Zero length means the refractive state was not measured."""

    EmmetropicMagnification: Annotated[
        vr.FL | None, Attribute(0x0022000A, "FL", "1", "2", name="Emmetropic Magnification")
    ]
    """Emmetropic Magnification (0022,000A): Type 2, VR FL, VM 1. Emmetropic magnification value (dimensionless). Zero length means the emmetropic magnification was not measured."""

    IntraOcularPressure: Annotated[
        vr.FL | None, Attribute(0x0022000B, "FL", "1", "2", name="Intra Ocular Pressure")
    ]
    """Intra Ocular Pressure (0022,000B): Type 2, VR FL, VM 1. Value of intraocular pressure in mmHg. Zero length means the pressure was not measured."""

    PupilDilated: Annotated[
        _pupil_dilated.PupilDilated | None,
        Attribute(
            0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Pupil Dilated (0022,000D): Type 2, VR CS, VM 1. Whether or not the patient's pupils were pharmacologically dilated for this acquisition. Enumerated Values: YES NO If this Attribute is empty, no information is available."""

    MydriaticAgentSequence: Annotated[
        list[MydriaticAgentSequenceItem] | None,
        Attribute(
            0x00220058,
            "SQ",
            "1",
            "2C",
            name="Mydriatic Agent Sequence",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Mydriatic Agent Sequence (0022,0058): Type 2C, VR SQ, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. Information about the agent administered. Zero or more Items shall be included in this Sequence. An empty Sequence indicates that an agent was used for dilation, but the name was not entered."""

    DegreeOfDilation: Annotated[
        vr.FL | None,
        Attribute(
            0x0022000E,
            "FL",
            "1",
            "2C",
            name="Degree of Dilation",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Degree of Dilation (0022,000E): Type 2C, VR FL, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. The degree of the dilation in mm. Required if the value of Pupil Dilated (0022,000D) is YES."""
