"""Multi-energy CT X-Ray Detector Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as _MultienergyCTXRayDetectorSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTXRayDetectorSequenceItem = Lazy(
        "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
        "MultienergyCTXRayDetectorSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
    )

__all__ = [
    "MultiEnergyCTXRayDetectorMacro",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyDetectorTypeTerm",
]


class MultiEnergyCTXRayDetectorMacro(DicomModel):
    """Multi-energy CT X-Ray Detector Macro Attributes (PS3.3 Table C.8.2.2-3)."""

    dicom_name: ClassVar[str] = "Multi-energy CT X-Ray Detector"
    dicom_table: ClassVar[str] = "table_C.8.2.2-3"

    MultienergyCTXRayDetectorSequence: Annotated[
        list[_MultienergyCTXRayDetectorSequenceItem],
        Attribute(0x0018936F, "SQ", "1", "1", name="Multi-energy CT X-Ray Detector Sequence"),
    ]
    """Multi-energy CT X-Ray Detector Sequence (0018,936F): Type 1, VR SQ, VM 1. X-Ray Detector (see Section C.8.2.2.1.1) information. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergyCTXRayDetectorSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
        "MultienergyCTXRayDetectorSequenceItem",
    ),
    "MultienergyDetectorTypeTerm": (
        "dicomodel.enums.multienergy_detector_type",
        "MultienergyDetectorTypeTerm",
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
