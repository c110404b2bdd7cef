"""X-Ray Exposure Control Sensing Regions Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.exposure_control_sensing_regions_sequence_item import (
        ExposureControlSensingRegionsSequenceItem as _ExposureControlSensingRegionsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ExposureControlSensingRegionsSequenceItem = Lazy(
        "dicomodel.items.exposure_control_sensing_regions_sequence_item",
        "ExposureControlSensingRegionsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.exposure_control_sensing_region_shape import (
        ExposureControlSensingRegionShape as ExposureControlSensingRegionShape,
    )
    from dicomodel.items.exposure_control_sensing_regions_sequence_item import (
        ExposureControlSensingRegionsSequenceItem as ExposureControlSensingRegionsSequenceItem,
    )

__all__ = [
    "ExposureControlSensingRegionShape",
    "ExposureControlSensingRegionsSequenceItem",
    "XRayExposureControlSensingRegionsMacro",
]


class XRayExposureControlSensingRegionsMacro(DicomModel):
    """X-Ray Exposure Control Sensing Regions Macro Attributes (PS3.3 Table C.8.19.6-3)."""

    dicom_name: ClassVar[str] = "X-Ray Exposure Control Sensing Regions"
    dicom_table: ClassVar[str] = "table_C.8.19.6-3"

    ExposureControlSensingRegionsSequence: Annotated[
        list[_ExposureControlSensingRegionsSequenceItem],
        Attribute(0x00189434, "SQ", "1", "1", name="Exposure Control Sensing Regions Sequence"),
    ]
    """Exposure Control Sensing Regions Sequence (0018,9434): Type 1, VR SQ, VM 1. Sequence containing the Exposure Control Sensing Region for this frame. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ExposureControlSensingRegionShape": (
        "dicomodel.enums.exposure_control_sensing_region_shape",
        "ExposureControlSensingRegionShape",
    ),
    "ExposureControlSensingRegionsSequenceItem": (
        "dicomodel.items.exposure_control_sensing_regions_sequence_item",
        "ExposureControlSensingRegionsSequenceItem",
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
