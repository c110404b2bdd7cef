"""Item class MultienergyCTAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as _CTAcquisitionDetailsSequenceItem,
    )
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as _CTExposureSequenceItem,
    )
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as _CTGeometrySequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as _CTXRayDetailsSequenceItem,
    )
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

    _CTAcquisitionDetailsSequenceItem = Lazy(
        "dicomodel.items.ct_acquisition_details_sequence_item", "CTAcquisitionDetailsSequenceItem"
    )
    _CTExposureSequenceItem = Lazy(
        "dicomodel.items.ct_exposure_sequence_item", "CTExposureSequenceItem"
    )
    _CTGeometrySequenceItem = Lazy(
        "dicomodel.items.ct_geometry_sequence_item", "CTGeometrySequenceItem"
    )
    _CTXRayDetailsSequenceItem = Lazy(
        "dicomodel.items.ctx_ray_details_sequence_item", "CTXRayDetailsSequenceItem"
    )
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
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.filter_type import FilterTypeTermCTXRayDetails as FilterTypeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem,
    )
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as CTExposureSequenceItem,
    )
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as CTGeometrySequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
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
    "CTAcquisitionDetailsSequenceItem",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "CTGeometrySequenceItem",
    "CTXRayDetailsSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "MultienergyCTAcquisitionSequenceItem",
    "MultienergyCTPathSequenceItem",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergyDetectorTypeTerm",
    "MultienergySourceTechniqueTerm",
    "RotationDirection",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]


class MultienergyCTAcquisitionSequenceItem(DicomModel):
    """An item of Multi-energy CT Acquisition Sequence (0018,9362), as first defined in Multi-energy CT Image Module Attributes (C.8.2.2-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.2.2-1"

    MultienergyAcquisitionDescription: Annotated[
        vr.UT | None,
        Attribute(0x0018937B, "UT", "1", "3", name="Multi-energy Acquisition Description"),
    ] = None
    """Multi-energy Acquisition Description (0018,937B): Type 3, VR UT, VM 1. Human readable summary of the Multi-Energy technique applied during the acquisition."""

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

    CTExposureSequence: Annotated[
        list[_CTExposureSequenceItem],
        Attribute(0x00189321, "SQ", "1", "1", name="CT Exposure Sequence"),
    ]
    """CT Exposure Sequence (0018,9321): Type 1, VR SQ, VM 1. Contains the Attributes defining exposure information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""

    CTXRayDetailsSequence: Annotated[
        list[_CTXRayDetailsSequenceItem],
        Attribute(0x00189325, "SQ", "1", "1", name="CT X-Ray Details Sequence"),
    ]
    """CT X-Ray Details Sequence (0018,9325): Type 1, VR SQ, VM 1. Contains the Attributes defining the X-Ray information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""

    CTAcquisitionDetailsSequence: Annotated[
        list[_CTAcquisitionDetailsSequenceItem],
        Attribute(0x00189304, "SQ", "1", "1", name="CT Acquisition Details Sequence"),
    ]
    """CT Acquisition Details Sequence (0018,9304): Type 1, VR SQ, VM 1. Contains the Attributes defining the details of the acquisition. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""

    CTGeometrySequence: Annotated[
        list[_CTGeometrySequenceItem],
        Attribute(0x00189312, "SQ", "1", "1", name="CT Geometry Sequence"),
    ]
    """CT Geometry Sequence (0018,9312): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT geometry. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTAcquisitionDetailsSequenceItem": (
        "dicomodel.items.ct_acquisition_details_sequence_item",
        "CTAcquisitionDetailsSequenceItem",
    ),
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTExposureSequenceItem": (
        "dicomodel.items.ct_exposure_sequence_item",
        "CTExposureSequenceItem",
    ),
    "CTGeometrySequenceItem": (
        "dicomodel.items.ct_geometry_sequence_item",
        "CTGeometrySequenceItem",
    ),
    "CTXRayDetailsSequenceItem": (
        "dicomodel.items.ctx_ray_details_sequence_item",
        "CTXRayDetailsSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermCTXRayDetails"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
