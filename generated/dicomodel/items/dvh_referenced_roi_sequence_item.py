"""Item class DVHReferencedROISequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dvhroi_contribution_type import (
        DVHROIContributionTypeValue as _DVHROIContributionTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _DVHROIContributionTypeValue = Lazy(
        "dicomodel.enums.dvhroi_contribution_type", "DVHROIContributionTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dvhroi_contribution_type import (
        DVHROIContributionType as DVHROIContributionType,
    )

__all__ = [
    "DVHROIContributionType",
    "DVHReferencedROISequenceItem",
]


class DVHReferencedROISequenceItem(DicomModel):
    """An item of DVH Referenced ROI Sequence (3004,0060), as first defined in RT DVH Module Attributes (C.8-40)."""

    dicom_name: ClassVar[str] = "DVH Referenced ROI Sequence"
    dicom_table: ClassVar[str] = "table_C.8-40"

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies ROI used to calculate DVH specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set referenced by referenced RT Plan in Referenced RT Plan Sequence (300..."""

    DVHROIContributionType: Annotated[
        _DVHROIContributionTypeValue,
        Attribute(
            0x30040062,
            "CS",
            "1",
            "1",
            name="DVH ROI Contribution Type",
            enumerated=((0, ("INCLUDED", "EXCLUDED")),),
        ),
    ]
    """DVH ROI Contribution Type (3004,0062): Type 1, VR CS, VM 1. Specifies whether volume within ROI is included or excluded in DVH. See Section C.8.8.4.2. Enumerated Values: INCLUDED EXCLUDED"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DVHROIContributionType": (
        "dicomodel.enums.dvhroi_contribution_type",
        "DVHROIContributionType",
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
