"""RT Radiation Salvage Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.enums import (
    starting_meterset_value_known_flag as _starting_meterset_value_known_flag,
)
from dicomodel.items.radiation_generation_mode_sequence_item import (
    RadiationGenerationModeSequenceItem,
)
from dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item import (
    RTRadiationSalvageRecordControlPointSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTRadiationSalvageRecordModule(DicomModel):
    """RT Radiation Salvage Record Module Attributes (PS3.3 Table C.36.23-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "RT Radiation Salvage Record"
    dicom_table: ClassVar[str] = "table_C.36.23-1"

    NumberOfRadiationGenerationModes: Annotated[
        vr.US | None,
        Attribute(
            0x300A0685,
            "US",
            "1",
            "1C",
            name="Number of Radiation Generation Modes",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Radiation Generation Modes (300A,0685): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Radiation Generation Modes defined in the Radiation Generation Mode Sequence (300A,067B). The Number shall be greater than zero. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL."""

    RadiationGenerationModeSequence: Annotated[
        list[RadiationGenerationModeSequenceItem] | None,
        Attribute(
            0x300A067B,
            "SQ",
            "1",
            "1C",
            name="Radiation Generation Mode Sequence",
            when=("present", 0x300A0685),
        ),
    ] = None
    """Radiation Generation Mode Sequence (300A,067B): Type 1C, VR SQ, VM 1. Required if Number of Radiation Generation Modes (300A,0685) is present. Radiation Generation Modes defining the type of radiation and characteristics of the beam generated. Radiation Generation Modes shall characterize different primary beam fluence."""

    StartingMetersetValueKnownFlag: Annotated[
        _starting_meterset_value_known_flag.StartingMetersetValueKnownFlag,
        Attribute(
            0x300A0723,
            "CS",
            "1",
            "1",
            name="Starting Meterset Value Known Flag",
            enumerated=((0, ("NO", "YES")),),
        ),
    ]
    """Starting Meterset Value Known Flag (300A,0723): Type 1, VR CS, VM 1. Whether it is known that the value of the Cumulative Meterset at the first recorded RT Control Point represents the actual value at the start of the treatment delivery."""

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the RT Radiation Salvage Record Control Point Sequence (300A,0722). The value shall be equal to or greater than 2."""

    RTRadiationSalvageRecordControlPointSequence: Annotated[
        list[RTRadiationSalvageRecordControlPointSequenceItem],
        Attribute(
            0x300A0722, "SQ", "1", "1", name="RT Radiation Salvage Record Control Point Sequence"
        ),
    ]
    """RT Radiation Salvage Record Control Point Sequence (300A,0722): Type 1, VR SQ, VM 1. Control Points used to record the beam delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""
