"""Table Summary Statistics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class TableSummaryStatisticsMacro(DicomModel):
    """Table Summary Statistics Macro Attributes (PS3.3 Table C.8.33-3)."""

    dicom_name: ClassVar[str] = "Table Summary Statistics"
    dicom_table: ClassVar[str] = "table_C.8.33-3"

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. The value (quantity) for which the statistic is a summary. Only a single Item shall be included in this Sequence."""

    ModifierCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A195, "SQ", "1", "1", name="Modifier Code Sequence"),
    ]
    """Modifier Code Sequence (0040,A195): Type 1, VR SQ, VM 1. Specified the statistic and modifies the Concept Name Code Sequence (0040,A0143) of this Macro. Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement for the statistic. Only a single Item shall be included in this Sequence."""

    FloatingPointValue: Annotated[
        list[vr.FD], Attribute(0x0040A161, "FD", "1-n", "1", name="Floating Point Value")
    ]
    """Floating Point Value (0040,A161): Type 1, VR FD, VM 1-n. The value of the statistic. Only a single value shall be present."""
