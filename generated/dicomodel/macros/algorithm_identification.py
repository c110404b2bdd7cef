"""Algorithm Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AlgorithmIdentificationMacro(DicomModel):
    """Algorithm Identification Macro Attributes (PS3.3 Table 10-19)."""

    dicom_name: ClassVar[str] = "Algorithm Identification"
    dicom_table: ClassVar[str] = "table_10-19"

    AlgorithmFamilyCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0066002F, "SQ", "1", "1", name="Algorithm Family Code Sequence"),
    ]
    """Algorithm Family Code Sequence (0066,002F): Type 1, VR SQ, VM 1. The family of algorithm(s) that best describes the software algorithm used. Only a single Item shall be included in this Sequence."""

    AlgorithmNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00660030, "SQ", "1", "3", name="Algorithm Name Code Sequence"),
    ] = None
    """Algorithm Name Code Sequence (0066,0030): Type 3, VR SQ, VM 1. The code assigned by a manufacturer to a specific software algorithm. Only a single Item is permitted in this Sequence."""

    AlgorithmName: Annotated[vr.LO, Attribute(0x00660036, "LO", "1", "1", name="Algorithm Name")]
    """Algorithm Name (0066,0036): Type 1, VR LO, VM 1. The name assigned by a manufacturer to a specific software algorithm."""

    AlgorithmVersion: Annotated[
        vr.LO, Attribute(0x00660031, "LO", "1", "1", name="Algorithm Version")
    ]
    """Algorithm Version (0066,0031): Type 1, VR LO, VM 1. The software version identifier assigned by a manufacturer to a specific software algorithm."""

    AlgorithmParameters: Annotated[
        vr.LT | None, Attribute(0x00660032, "LT", "1", "3", name="Algorithm Parameters")
    ] = None
    """Algorithm Parameters (0066,0032): Type 3, VR LT, VM 1. The input parameters used by a manufacturer to configure the behavior of a specific software algorithm."""

    AlgorithmSource: Annotated[
        vr.LO | None, Attribute(0x00240202, "LO", "1", "3", name="Algorithm Source")
    ] = None
    """Algorithm Source (0024,0202): Type 3, VR LO, VM 1. Source of the algorithm, e.g., the name of the manufacturer, researcher, university, etc."""
