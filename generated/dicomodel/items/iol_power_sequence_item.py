"""Item class IOLPowerSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pre_selected_for_implantation import (
        PreSelectedForImplantationValue as _PreSelectedForImplantationValue,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as _CalculatedToricPowerItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CalculatedToricPowerItem = Lazy(
        "dicomodel.items.calculated_toric_power_item", "CalculatedToricPowerItem"
    )
    _PreSelectedForImplantationValue = Lazy(
        "dicomodel.enums.pre_selected_for_implantation", "PreSelectedForImplantationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pre_selected_for_implantation import (
        PreSelectedForImplantation as PreSelectedForImplantation,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as PredictedToricErrorSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerSequenceItem,
    )

__all__ = [
    "IOLPowerSequenceItem",
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
    "ToricIOLPowerSequenceItem",
]


class IOLPowerSequenceItem(DicomModel):
    """An item of IOL Power Sequence (0022,1090), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "IOL Power Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    IOLPower: Annotated[vr.FL, Attribute(0x00221053, "FL", "1", "1", name="IOL Power")]
    """IOL Power (0022,1053): Type 1, VR FL, VM 1. The intraocular lens power, in diopters. If Type of Optical Correction (0022,1046) is TORIC, this value represents the spherical equivalent of the toric intraocular lens power."""

    ToricIOLPowerSequence: Annotated[
        list[_CalculatedToricPowerItem] | None,
        Attribute(
            0x00221047,
            "SQ",
            "1",
            "1C",
            name="Toric IOL Power Sequence",
            when=("value", 0x00221046, 0, "in", ("TORIC",)),
        ),
    ] = None
    """Toric IOL Power Sequence (0022,1047): Type 1C, VR SQ, VM 1. Required if Type of Optical Correction (0022,1046) is TORIC. The toric intraocular lens power. Only a single Item shall be included in this Sequence. Required if Type of Optical Correction (0022,1046) is TORIC."""

    PredictedRefractiveError: Annotated[
        vr.FL, Attribute(0x00221054, "FL", "1", "1", name="Predicted Refractive Error")
    ]
    """Predicted Refractive Error (0022,1054): Type 1, VR FL, VM 1. The predicted postoperative refractive error (i.e., amount of near or far sightedness), in diopters."""

    PredictedToricErrorSequence: Annotated[
        list[_CalculatedToricPowerItem] | None,
        Attribute(
            0x00221048,
            "SQ",
            "1",
            "1C",
            name="Predicted Toric Error Sequence",
            when=("value", 0x00221046, 0, "in", ("TORIC",)),
        ),
    ] = None
    """Predicted Toric Error Sequence (0022,1048): Type 1C, VR SQ, VM 1. Required if Type of Optical Correction (0022,1046) is TORIC. The predicted postoperative toric error. Only a single Item shall be included in this Sequence. Required if Type of Optical Correction (0022,1046) is TORIC."""

    ImplantPartNumber: Annotated[
        vr.LO | None, Attribute(0x00221097, "LO", "1", "2", name="Implant Part Number")
    ]
    """Implant Part Number (0022,1097): Type 2, VR LO, VM 1. The (product) identifier of the lens."""

    PreSelectedForImplantation: Annotated[
        _PreSelectedForImplantationValue | None,
        Attribute(
            0x00221049,
            "CS",
            "1",
            "3",
            name="Pre-Selected for Implantation",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Pre-Selected for Implantation (0022,1049): Type 3, VR CS, VM 1. Indicates whether the intraocular lens specified by this Sequence Item has been pre-selected for implantation or not. Enumerated Values: YES NO Only one Item in IOL Power Sequence (0022,1090) shall contain the value YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PreSelectedForImplantation": (
        "dicomodel.enums.pre_selected_for_implantation",
        "PreSelectedForImplantation",
    ),
    "PredictedToricErrorSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
    ),
    "ToricIOLPowerSequenceItem": (
        "dicomodel.items.calculated_toric_power_item",
        "CalculatedToricPowerItem",
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
