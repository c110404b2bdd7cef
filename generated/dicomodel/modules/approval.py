"""Approval Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.approval_status import ApprovalStatusValue as _ApprovalStatusValue
else:
    from dicomodel.lazy import Lazy

    _ApprovalStatusValue = Lazy("dicomodel.enums.approval_status", "ApprovalStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.approval_status import ApprovalStatus as ApprovalStatus

__all__ = [
    "ApprovalModule",
    "ApprovalStatus",
]


class ApprovalModule(DicomModel):
    """Approval Module Attributes (PS3.3 Table C.8-52)."""

    dicom_name: ClassVar[str] = "Approval"
    dicom_table: ClassVar[str] = "table_C.8-52"

    ApprovalStatus: Annotated[
        _ApprovalStatusValue,
        Attribute(
            0x300E0002,
            "CS",
            "1",
            "1",
            name="Approval Status",
            enumerated=((0, ("APPROVED", "UNAPPROVED", "REJECTED")),),
        ),
    ]
    """Approval Status (300E,0002): Type 1, VR CS, VM 1. Approval status at the time the SOP Instance was created. Enumerated Values: APPROVED Reviewer recorded that object met an implied criterion UNAPPROVED No review of object has been recorded REJECTED Reviewer recorded that object failed to m..."""

    ReviewDate: Annotated[
        vr.DA | None,
        Attribute(
            0x300E0004,
            "DA",
            "1",
            "2C",
            name="Review Date",
            when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
        ),
    ] = None
    """Review Date (300E,0004): Type 2C, VR DA, VM 1. Required if Approval Status (300E,0002) is APPROVED or REJECTED. Date on which object was reviewed. Required if Approval Status (300E,0002) is APPROVED or REJECTED."""

    ReviewTime: Annotated[
        vr.TM | None,
        Attribute(
            0x300E0005,
            "TM",
            "1",
            "2C",
            name="Review Time",
            when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
        ),
    ] = None
    """Review Time (300E,0005): Type 2C, VR TM, VM 1. Required if Approval Status (300E,0002) is APPROVED or REJECTED. Time at which object was reviewed. Required if Approval Status (300E,0002) is APPROVED or REJECTED."""

    ReviewerName: Annotated[
        vr.PN | None,
        Attribute(
            0x300E0008,
            "PN",
            "1",
            "2C",
            name="Reviewer Name",
            when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
        ),
    ] = None
    """Reviewer Name (300E,0008): Type 2C, VR PN, VM 1. Required if Approval Status (300E,0002) is APPROVED or REJECTED. Name of person who reviewed object. Required if Approval Status (300E,0002) is APPROVED or REJECTED."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApprovalStatus": ("dicomodel.enums.approval_status", "ApprovalStatus"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
