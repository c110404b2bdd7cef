"""Enhanced Multi-energy CT Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as _MultienergyCTPathSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as _MultienergyCTXRayDetectorSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as _MultienergyCTXRaySourceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTPathSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_path_sequence_item", "MultienergyCTPathSequenceItem"
    )
    _MultienergyCTXRayDetectorSequenceItem = Lazy(
        "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
        "MultienergyCTXRayDetectorSequenceItem",
    )
    _MultienergyCTXRaySourceSequenceItem = Lazy(
        "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
        "MultienergyCTXRaySourceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
    )

__all__ = [
    "EnhancedMultiEnergyCTAcquisitionModule",
    "MultienergyCTPathSequenceItem",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergyDetectorTypeTerm",
    "MultienergySourceTechniqueTerm",
]


class EnhancedMultiEnergyCTAcquisitionModule(DicomModel):
    """Enhanced Multi-energy CT Acquisition Module Attributes (PS3.3 Table C.8.15.4-1)."""

    dicom_name: ClassVar[str] = "Enhanced Multi-energy CT Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.15.4-1"

    MultienergyCTXRaySourceSequence: Annotated[
        list[_MultienergyCTXRaySourceSequenceItem],
        Attribute(0x00189365, "SQ", "1", "1", name="Multi-energy CT X-Ray Source Sequence"),
    ]
    """Multi-energy CT X-Ray Source Sequence (0018,9365): Type 1, VR SQ, VM 1. X-Ray Source (see Section C.8.2.2.1.1) information. One or more Items shall be included in this Sequence."""

    MultienergyCTXRayDetectorSequence: Annotated[
        list[_MultienergyCTXRayDetectorSequenceItem],
        Attribute(0x0018936F, "SQ", "1", "1", name="Multi-energy CT X-Ray Detector Sequence"),
    ]
    """Multi-energy CT X-Ray Detector Sequence (0018,936F): Type 1, VR SQ, VM 1. X-Ray Detector (see Section C.8.2.2.1.1) information. One or more Items shall be included in this Sequence."""

    MultienergyCTPathSequence: Annotated[
        list[_MultienergyCTPathSequenceItem],
        Attribute(0x00189379, "SQ", "1", "1", name="Multi-energy CT Path Sequence"),
    ]
    """Multi-energy CT Path Sequence (0018,9379): Type 1, VR SQ, VM 1. Describes the paths corresponding to each energy level of a Multi-energy acquisition. Each path consists of a source (see Section C.8.2.1.1.1) and a detector (see Section C.8.2.2.1.1). Two or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergyCTPathSequenceItem": (
        "dicomodel.items.multienergy_ct_path_sequence_item",
        "MultienergyCTPathSequenceItem",
    ),
    "MultienergyCTXRayDetectorSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
        "MultienergyCTXRayDetectorSequenceItem",
    ),
    "MultienergyCTXRaySourceSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
        "MultienergyCTXRaySourceSequenceItem",
    ),
    "MultienergyDetectorTypeTerm": (
        "dicomodel.enums.multienergy_detector_type",
        "MultienergyDetectorTypeTerm",
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
