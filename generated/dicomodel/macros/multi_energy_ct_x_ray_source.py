"""Multi-energy CT X-Ray Source Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as _MultienergyCTXRaySourceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTXRaySourceSequenceItem = Lazy(
        "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
        "MultienergyCTXRaySourceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
    )

__all__ = [
    "MultiEnergyCTXRaySourceMacro",
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergySourceTechniqueTerm",
]


class MultiEnergyCTXRaySourceMacro(DicomModel):
    """Multi-energy CT X-Ray Source Macro Attributes (PS3.3 Table C.8.2.2-2)."""

    dicom_name: ClassVar[str] = "Multi-energy CT X-Ray Source"
    dicom_table: ClassVar[str] = "table_C.8.2.2-2"

    MultienergyCTXRaySourceSequence: Annotated[
        list[_MultienergyCTXRaySourceSequenceItem],
        Attribute(0x00189365, "SQ", "1", "1", name="Multi-energy CT X-Ray Source Sequence"),
    ]
    """Multi-energy CT X-Ray Source Sequence (0018,9365): Type 1, VR SQ, VM 1. X-Ray Source (see Section C.8.2.2.1.1) information. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergyCTXRaySourceSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
        "MultienergyCTXRaySourceSequenceItem",
    ),
    "MultienergySourceTechniqueTerm": (
        "dicomodel.enums.multienergy_source_technique",
        "MultienergySourceTechniqueTerm",
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
