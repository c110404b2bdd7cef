"""Bulk Motion Synchronization Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.bulk_motion_compensation_technique import (
        BulkMotionCompensationTechniqueTerm as _BulkMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.bulk_motion_signal_source import (
        BulkMotionSignalSourceTerm as _BulkMotionSignalSourceTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _BulkMotionCompensationTechniqueTerm = Lazy(
        "dicomodel.enums.bulk_motion_compensation_technique", "BulkMotionCompensationTechniqueTerm"
    )
    _BulkMotionSignalSourceTerm = Lazy(
        "dicomodel.enums.bulk_motion_signal_source", "BulkMotionSignalSourceTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.bulk_motion_compensation_technique import (
        BulkMotionCompensationTechniqueTerm as BulkMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.bulk_motion_signal_source import (
        BulkMotionSignalSourceTerm as BulkMotionSignalSourceTerm,
    )

__all__ = [
    "BulkMotionCompensationTechniqueTerm",
    "BulkMotionSignalSourceTerm",
    "BulkMotionSynchronizationModule",
]


class BulkMotionSynchronizationModule(DicomModel):
    """Bulk Motion Synchronization Module Attributes (PS3.3 Table C.7.6.18-3)."""

    dicom_name: ClassVar[str] = "Bulk Motion Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.18-3"

    BulkMotionCompensationTechnique: Annotated[
        _BulkMotionCompensationTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189172,
            "CS",
            "1",
            "1C",
            name="Bulk Motion Compensation Technique",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Bulk Motion Compensation Technique (0018,9172): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Applied technique to reduce bulk or other physiology motion artifacts. Defined Terms: NONE REALTIME image acquisition shorter than motion cycle GATING prospective gating TRACKING prospective through and/or in-plane motion tracking RETROSPEC..."""

    BulkMotionSignalSource: Annotated[
        _BulkMotionSignalSourceTerm | vr.CS | None,
        Attribute(
            0x00189173,
            "CS",
            "1",
            "1C",
            name="Bulk Motion Signal Source",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189172, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Bulk Motion Signal Source (0018,9173): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Bulk Motion Compensation Technique (0018,9172) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Bulk Motion Compensation Technique (0018,9172) equals other than NONE. Signal source to measure motion. Defined Terms: JOINT joint motion detection NAVIGATOR MR navigator and organ edge detection MR_PHASE phase (of center k-space line) Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Bulk Mo..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BulkMotionCompensationTechniqueTerm": (
        "dicomodel.enums.bulk_motion_compensation_technique",
        "BulkMotionCompensationTechniqueTerm",
    ),
    "BulkMotionSignalSourceTerm": (
        "dicomodel.enums.bulk_motion_signal_source",
        "BulkMotionSignalSourceTerm",
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
