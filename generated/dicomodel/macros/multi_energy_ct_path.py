"""Multi-energy CT Path Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multienergy_ct_path_sequence_item import MultienergyCTPathSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MultiEnergyCTPathMacro",
    "MultienergyCTPathSequenceItem",
]


class MultiEnergyCTPathMacro(DicomModel):
    """Multi-energy CT Path Macro Attributes (PS3.3 Table C.8.2.2-4)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Path"
    dicom_table: ClassVar[str] = "table_C.8.2.2-4"

    MultienergyCTPathSequence: Annotated[
        list[MultienergyCTPathSequenceItem],
        Attribute(0x00189379, "SQ", "1", "1", name="Multi-energy CT Path Sequence"),
    ]
    """Multi-energy CT Path Sequence (0018,9379): Type 1, VR SQ, VM 1. Describes the paths corresponding to each energy level of a Multi-energy acquisition. Each path consists of a source (see Section C.8.2.1.1.1) and a detector (see Section C.8.2.2.1.1). Two or more Items shall be included in this Sequence."""
