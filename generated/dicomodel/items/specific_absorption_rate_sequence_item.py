"""Item class SpecificAbsorptionRateSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.specific_absorption_rate_definition import (
        SpecificAbsorptionRateDefinitionTerm as _SpecificAbsorptionRateDefinitionTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _SpecificAbsorptionRateDefinitionTerm = Lazy(
        "dicomodel.enums.specific_absorption_rate_definition",
        "SpecificAbsorptionRateDefinitionTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.specific_absorption_rate_definition import (
        SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
    )

__all__ = [
    "SpecificAbsorptionRateDefinitionTerm",
    "SpecificAbsorptionRateSequenceItem",
]


class SpecificAbsorptionRateSequenceItem(DicomModel):
    """An item of Specific Absorption Rate Sequence (0018,9239), as first defined in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    dicom_name: ClassVar[str] = "Specific Absorption Rate Sequence"
    dicom_table: ClassVar[str] = "table_C.8-89"

    SpecificAbsorptionRateDefinition: Annotated[
        _SpecificAbsorptionRateDefinitionTerm | vr.CS,
        Attribute(0x00189179, "CS", "1", "1", name="Specific Absorption Rate Definition"),
    ]
    """Specific Absorption Rate Definition (0018,9179): Type 1, VR CS, VM 1. Specification of the method of SAR calculation as defined in Applicable Safety Standard Description (0018,9175). Defined Terms: IEC_WHOLE_BODY [IEC 60601-2-33] Clause 201.3.241 IEC_PARTIAL_BODY [IEC 60601-2-33] Clause 201.3.225 IEC_HEAD [IE..."""

    SpecificAbsorptionRateValue: Annotated[
        vr.FD, Attribute(0x00189181, "FD", "1", "1", name="Specific Absorption Rate Value")
    ]
    """Specific Absorption Rate Value (0018,9181): Type 1, VR FD, VM 1. Specific Absorption Rate in W/kg."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SpecificAbsorptionRateDefinitionTerm": (
        "dicomodel.enums.specific_absorption_rate_definition",
        "SpecificAbsorptionRateDefinitionTerm",
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
