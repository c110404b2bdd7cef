"""Item class OmittedBeamTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_omission import ReasonForOmissionTerm as _ReasonForOmissionTerm
else:
    from dicomodel.lazy import Lazy

    _ReasonForOmissionTerm = Lazy("dicomodel.enums.reason_for_omission", "ReasonForOmissionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_omission import ReasonForOmissionTerm as ReasonForOmissionTerm

__all__ = [
    "OmittedBeamTaskSequenceItem",
    "ReasonForOmissionTerm",
]


class OmittedBeamTaskSequenceItem(DicomModel):
    """An item of Omitted Beam Task Sequence (300C,0111), as first defined in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    dicom_name: ClassVar[str] = "Omitted Beam Task Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.29-1"

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. Uniquely identifies the Beam that is specified by Beam Number (300A,00C0) within Beam Sequence (300A,00B0) in RT Beams Module of referenced RT Plan or within Ion Beam Sequence (300A,03A2) in RT Ion Beams Module of the referenced RT Ion Plan..."""

    ReasonForOmission: Annotated[
        _ReasonForOmissionTerm | vr.CS,
        Attribute(0x300C0112, "CS", "1", "1", name="Reason for Omission"),
    ]
    """Reason for Omission (300C,0112): Type 1, VR CS, VM 1. Reason why the referenced beam is not to be delivered and/or verified: Defined Terms: ALREADY_TREATED The beam has been already treated in an earlier treatment session"""

    ReasonForOmissionDescription: Annotated[
        vr.LO | None, Attribute(0x300C0113, "LO", "1", "3", name="Reason for Omission Description")
    ] = None
    """Reason for Omission Description (300C,0113): Type 3, VR LO, VM 1. Description of reason for omission."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReasonForOmissionTerm": ("dicomodel.enums.reason_for_omission", "ReasonForOmissionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
