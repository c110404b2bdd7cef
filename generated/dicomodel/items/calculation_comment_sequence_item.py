"""Item class CalculationCommentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.calculation_comment_type import (
        CalculationCommentTypeTerm as _CalculationCommentTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _CalculationCommentTypeTerm = Lazy(
        "dicomodel.enums.calculation_comment_type", "CalculationCommentTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.calculation_comment_type import (
        CalculationCommentTypeTerm as CalculationCommentTypeTerm,
    )

__all__ = [
    "CalculationCommentSequenceItem",
    "CalculationCommentTypeTerm",
]


class CalculationCommentSequenceItem(DicomModel):
    """An item of Calculation Comment Sequence (0022,112A), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Calculation Comment Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    CalculationCommentType: Annotated[
        _CalculationCommentTypeTerm | vr.CS,
        Attribute(0x0022112B, "CS", "1", "1", name="Calculation Comment Type"),
    ]
    """Calculation Comment Type (0022,112B): Type 1, VR CS, VM 1. The type of the Calculation Comment (0022,112C). Defined Terms: INFORMATIVE WARNING"""

    CalculationComment: Annotated[
        vr.LT, Attribute(0x0022112C, "LT", "1", "1", name="Calculation Comment")
    ]
    """Calculation Comment (0022,112C): Type 1, VR LT, VM 1. Comment related to the intraocular lens calculation(s)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CalculationCommentTypeTerm": (
        "dicomodel.enums.calculation_comment_type",
        "CalculationCommentTypeTerm",
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
