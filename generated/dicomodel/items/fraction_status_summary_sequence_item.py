"""Item class FractionStatusSummarySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatusValue as _TreatmentTerminationStatusValue,
    )
else:
    from dicomodel.lazy import Lazy

    _TreatmentTerminationStatusValue = Lazy(
        "dicomodel.enums.treatment_termination_status", "TreatmentTerminationStatusValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )

__all__ = [
    "FractionStatusSummarySequenceItem",
    "TreatmentTerminationStatus",
]


class FractionStatusSummarySequenceItem(DicomModel):
    """An item of Fraction Status Summary Sequence (3008,0240), as first defined in RT Treatment Summary Record Module Attributes (C.8-59)."""

    dicom_name: ClassVar[str] = "Fraction Status Summary Sequence"
    dicom_table: ClassVar[str] = "table_C.8-59"

    ReferencedFractionNumber: Annotated[
        vr.IS, Attribute(0x30080223, "IS", "1", "1", name="Referenced Fraction Number")
    ]
    """Referenced Fraction Number (3008,0223): Type 1, VR IS, VM 1. Identifies fraction."""

    TreatmentDate: Annotated[
        vr.DA | None, Attribute(0x30080250, "DA", "1", "2", name="Treatment Date")
    ]
    """Treatment Date (3008,0250): Type 2, VR DA, VM 1. Date when fraction was delivered."""

    TreatmentTime: Annotated[
        vr.TM | None, Attribute(0x30080251, "TM", "1", "2", name="Treatment Time")
    ]
    """Treatment Time (3008,0251): Type 2, VR TM, VM 1. Time when fraction was delivered."""

    TreatmentTerminationStatus: Annotated[
        _TreatmentTerminationStatusValue | None,
        Attribute(
            0x3008002A,
            "CS",
            "1",
            "2",
            name="Treatment Termination Status",
            enumerated=((0, ("NORMAL", "OPERATOR", "MACHINE", "UNKNOWN")),),
        ),
    ]
    """Treatment Termination Status (3008,002A): Type 2, VR CS, VM 1. Conditions under which treatment was terminated. Enumerated Values: NORMAL treatment terminated normally OPERATOR operator terminated treatment MACHINE machine terminated treatment for other than NORMAL condition UNKNOWN status at terminati..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TreatmentTerminationStatus": (
        "dicomodel.enums.treatment_termination_status",
        "TreatmentTerminationStatus",
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
