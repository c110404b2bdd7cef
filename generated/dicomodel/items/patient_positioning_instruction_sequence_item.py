"""Item class PatientPositioningInstructionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlagValue as _InstructionPerformedFlagValue,
    )
else:
    from dicomodel.lazy import Lazy

    _InstructionPerformedFlagValue = Lazy(
        "dicomodel.enums.instruction_performed_flag", "InstructionPerformedFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlag as InstructionPerformedFlag,
    )

__all__ = [
    "InstructionPerformedFlag",
    "PatientPositioningInstructionSequenceItem",
]


class PatientPositioningInstructionSequenceItem(DicomModel):
    """An item of Patient Positioning Instruction Sequence (0018,991B), as first defined in Patient Positioning Module Attributes (C.34.8-1)."""

    dicom_name: ClassVar[str] = "Patient Positioning Instruction Sequence"
    dicom_table: ClassVar[str] = "table_C.34.8-1"

    InstructionIndex: Annotated[
        vr.US, Attribute(0x00189915, "US", "1", "1", name="Instruction Index")
    ]
    """Instruction Index (0018,9915): Type 1, VR US, VM 1. Identifies the order in which instruction Sequence Items are presented/performed. The value shall be an integer, increasing monotonically by 1, starting from 1."""

    InstructionText: Annotated[
        vr.LO, Attribute(0x00189916, "LO", "1", "1", name="Instruction Text")
    ]
    """Instruction Text (0018,9916): Type 1, VR LO, VM 1. A displayable string explaining what should be done."""

    InstructionDescription: Annotated[
        vr.UT | None, Attribute(0x00189917, "UT", "1", "3", name="Instruction Description")
    ] = None
    """Instruction Description (0018,9917): Type 3, VR UT, VM 1. A detailed description explaining what should be done."""

    InstructionPerformedFlag: Annotated[
        _InstructionPerformedFlagValue | None,
        Attribute(
            0x00189918,
            "CS",
            "1",
            "1C",
            name="Instruction Performed Flag",
            enumerated=((0, ("YES", "NO")),),
            when=("sop_class", ("1.2.840.10008.5.1.4.1.1.200.2", "1.2.840.10008.5.1.4.1.1.200.8")),
        ),
    ] = None
    """Instruction Performed Flag (0018,9918): Type 1C, VR CS, VM 1. Required if the value of SOP Class UID (0008,0016) equals one of the following values: 1.2.840.10008.5.1.4.1.1.200.2 (CT Performed Procedure Protocol Storage) 1.2.840.10008.5.1.4.1.1.200.8 (XA Performed Procedure Protocol Storage) Whether or not this instruction was performed. Required if the value of SOP Class UID (0008,0016) equals one of the following values: 1.2.840.10008.5.1.4.1.1.200.2 (CT Performed Procedure Protocol Storage) 1.2.840.10008.5.1.4.1.1.200.8 (XA..."""

    InstructionPerformedDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189919,
            "DT",
            "1",
            "1C",
            name="Instruction Performed DateTime",
            when=("and", ("present", 0x00189918), ("value", 0x00189918, 0, "in", ("YES",))),
        ),
    ] = None
    """Instruction Performed DateTime (0018,9919): Type 1C, VR DT, VM 1. Required if Instruction Performed Flag (0018,9918) is present with a value of YES. Date and time the instruction was performed. Required if Instruction Performed Flag (0018,9918) is present with a value of YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InstructionPerformedFlag": (
        "dicomodel.enums.instruction_performed_flag",
        "InstructionPerformedFlag",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
