"""Substance Approval Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.substance_administration_approval import (
        SubstanceAdministrationApprovalValue as _SubstanceAdministrationApprovalValue,
    )
else:
    from dicomodel.lazy import Lazy

    _SubstanceAdministrationApprovalValue = Lazy(
        "dicomodel.enums.substance_administration_approval", "SubstanceAdministrationApprovalValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.substance_administration_approval import (
        SubstanceAdministrationApproval as SubstanceAdministrationApproval,
    )

__all__ = [
    "SubstanceAdministrationApproval",
    "SubstanceApprovalModule",
]


class SubstanceApprovalModule(DicomModel):
    """Substance Approval Module Attributes (PS3.3 Table C.26-2)."""

    dicom_name: ClassVar[str] = "Substance Approval"
    dicom_table: ClassVar[str] = "table_C.26-2"

    SubstanceAdministrationApproval: Annotated[
        _SubstanceAdministrationApprovalValue | None,
        Attribute(
            0x00440002,
            "CS",
            "1",
            None,
            name="Substance Administration Approval",
            enumerated=((0, ("APPROVED", "WARNING", "CONTRA_INDICATED")),),
        ),
    ] = None
    """Substance Administration Approval (0044,0002): no Type, VR CS, VM 1. Status of request for substance administration. Enumerated Values: APPROVED Use of the substance for the patient is approved, with related notes (e.g., appropriate dose for age/weight) in Approval Status Further Description (0044,0003) WARN..."""

    ApprovalStatusFurtherDescription: Annotated[
        vr.LT | None,
        Attribute(0x00440003, "LT", "1", None, name="Approval Status Further Description"),
    ] = None
    """Approval Status Further Description (0044,0003): no Type, VR LT, VM 1. Description of warning or contra-indication, or notes on approval."""

    ApprovalStatusDateTime: Annotated[
        vr.DT | None, Attribute(0x00440004, "DT", "1", None, name="Approval Status DateTime")
    ] = None
    """Approval Status DateTime (0044,0004): no Type, VR DT, VM 1. Timestamp for the Substance Administration Approval response."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SubstanceAdministrationApproval": (
        "dicomodel.enums.substance_administration_approval",
        "SubstanceAdministrationApproval",
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
